# Run once, output discarded, right after the engine is installed in a browser (never imported).
# WebAssembly compiles the interpreter's functions lazily, on first use: without this, a reader's
# first run would pay for that compilation in virtual time (a gather of sleep(2) showing 2.4 s).
# It touches the paths real lessons take: tasks, gather, timers, queues, locks, events, timeouts,
# TaskGroup, threads, exceptions and their tracebacks, f-strings and print.
import asyncio
import time


async def fetch(n):
    print(f"fetch {n} at {time.perf_counter():.1f}")
    await asyncio.sleep(0.01 * n)
    return {"n": n, "items": [n] * 3}


async def consumer(queue, lock, done):
    while True:
        item = await queue.get()
        async with lock:
            await asyncio.sleep(0)
        queue.task_done()
        if item is None:
            done.set()
            return


def blocking(n):
    time.sleep(0.01)
    return n * 2


async def fails():
    await asyncio.sleep(0)
    raise ValueError("expected")


async def main():
    results = await asyncio.gather(*(fetch(n) for n in range(3)), return_exceptions=True)
    task = asyncio.create_task(fetch(4), name="background")
    queue, lock, done = asyncio.Queue(), asyncio.Lock(), asyncio.Event()
    worker = asyncio.create_task(consumer(queue, lock, done))
    for item in [1, 2, None]:
        await queue.put(item)
    await done.wait()
    await worker
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError:
        pass
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fails())
            group.create_task(asyncio.sleep(1))
    except* ValueError as group_error:
        print(repr(group_error.exceptions[0]))
    print(await asyncio.to_thread(blocking, 21), await task, len(results))
    time.sleep(0.01)
    raise RuntimeError("the warm-up ends with a traceback too")


asyncio.run(main())
