import asyncio


async def worker(name, jobs):
    while True:
        job = await jobs.get()
        await asyncio.sleep(1)  # the work
        print(f"{name} processed {job}")
    print(f"{name} leaves")  # never reached: nothing ends the loop


async def main():
    jobs = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        for name in ("A", "B", "C"):
            tg.create_task(worker(name, jobs))
        for n in range(1, 10):
            await jobs.put(f"job {n}")
    print("all workers left")


asyncio.run(main())
