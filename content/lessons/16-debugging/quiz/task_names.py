import asyncio


async def worker():
    print(f"in {asyncio.current_task().get_name()}")
    await asyncio.sleep(0.1)


async def main():
    print(f"in {asyncio.current_task().get_name()}")
    task = asyncio.create_task(worker(), name="worker")
    print(f"tasks: {len(asyncio.all_tasks())}")
    await task
    print(f"tasks: {len(asyncio.all_tasks())}")


asyncio.run(main())
