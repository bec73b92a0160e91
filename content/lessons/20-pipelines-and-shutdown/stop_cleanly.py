import asyncio


def checksum(job):
    # Real computing: it makes this program take a few real seconds, long enough to press Stop.
    return sum(i * i for i in range(300_000 + job)) % 1000


async def produce(jobs):
    for job in range(1, 31):
        await jobs.put(job)
    jobs.shutdown()


async def work(name, jobs, results):
    try:
        while True:
            job = await jobs.get()
            results[job] = checksum(job)
            await asyncio.sleep(0.1)  # then write the result somewhere
            print(f"{name}: job {job} done")
    except asyncio.QueueShutDown:
        print(f"{name}: no more jobs")
    finally:
        print(f"{name}: closing its connection")


async def main():
    jobs = asyncio.Queue(maxsize=4)
    results = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(produce(jobs))
            tg.create_task(work("worker A", jobs, results))
            tg.create_task(work("worker B", jobs, results))
    finally:
        print(f"main: saving {len(results)} results")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("interrupted: the program ends here")
