import asyncio


async def worker(name, jobs):
    while True:
        try:
            job = await jobs.get()
        except asyncio.QueueShutDown:  # shut down and empty: nothing more to do
            break
        await asyncio.sleep(1)  # the work
        print(f"{name} processed {job}")
    print(f"{name} leaves")


async def main():
    jobs = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        for name in ("A", "B", "C"):
            tg.create_task(worker(name, jobs))
        for n in range(1, 10):
            await jobs.put(f"job {n}")
        jobs.shutdown()  # no more jobs: workers leave once the queue is empty
    print("all workers left")


asyncio.run(main())
