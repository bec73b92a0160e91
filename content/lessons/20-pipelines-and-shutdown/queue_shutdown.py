import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def worker(name, jobs):
    while True:
        try:
            job = await jobs.get()
        except asyncio.QueueShutDown:  # shut down and empty: no more work
            log(f"{name}: queue shut down, leaving")
            return
        await asyncio.sleep(1)
        log(f"{name}: finished {job}")
        jobs.task_done()


async def main():
    jobs = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        for name in ("worker A", "worker B", "worker C"):
            tg.create_task(worker(name, jobs))
        for n in range(1, 6):
            await jobs.put(f"job {n}")
        jobs.shutdown()  # one call, however many workers
        log("main: all jobs queued, queue shut down")
    log("main: every worker has left")


asyncio.run(main())
