import asyncio


async def worker():
    try:
        print("worker starts")
        await asyncio.sleep(5)
    finally:
        print("worker cleans up")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    print("cancel requested")
    try:
        await task
    except asyncio.CancelledError:
        print("main saw the cancellation")


asyncio.run(main())
