import asyncio


async def worker(name, seconds):
    print(f"{name} starts")
    await asyncio.sleep(seconds)
    print(f"{name} ends")


async def main():
    task = asyncio.create_task(worker("task", 1))
    await worker("main", 2)
    await task
    print("done")


asyncio.run(main())
