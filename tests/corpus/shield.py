import asyncio

async def save():
    await asyncio.sleep(1)
    print("saved")
    return "ok"

async def main():
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.5)
    except TimeoutError:
        print("gave up waiting, but the save goes on")
    print("result:", await task)

asyncio.run(main())
