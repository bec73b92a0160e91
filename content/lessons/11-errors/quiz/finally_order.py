import asyncio


async def worker(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} finished")
    finally:
        print(f"{name} cleans up")


async def broken():
    await asyncio.sleep(1)
    print("broken raises")
    raise KeyError("id")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 0.5))
            tg.create_task(worker("b", 2))
            tg.create_task(broken())
    except* KeyError:
        print("main caught KeyError")


asyncio.run(main())
