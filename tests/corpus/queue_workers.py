import asyncio

async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        log.append((name, sleep_for))

async def main():
    queue = asyncio.Queue()
    for delay in [0.3, 0.5, 0.2, 0.4, 0.65, 0.15]:
        queue.put_nowait(delay)
    log = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, log)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for name, delay in log:
        print(name, delay)
    print("total work", round(sum(d for _, d in log), 1))

asyncio.run(main())
