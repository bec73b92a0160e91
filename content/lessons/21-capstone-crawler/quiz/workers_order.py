import asyncio


async def worker(name, queue):
    while True:
        page, seconds = await queue.get()
        await asyncio.sleep(seconds)
        print(f"{name} fetched {page}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for item in [("home", 0.3), ("post 1", 0.1), ("post 2", 0.15)]:
        queue.put_nowait(item)
    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker(name, queue)) for name in "AB"]
        await queue.join()
        print("queue done")
        for task in workers:
            task.cancel()
    print("workers stopped")


asyncio.run(main())
