import asyncio

started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


async def worker(name, seconds, start, stop):
    log(f"{name}: waiting for the start signal")
    await start.wait()  # sleeps until someone calls start.set()
    rounds = 0
    while not stop.is_set():  # the shutdown flag, checked between rounds
        await asyncio.sleep(seconds)  # one round of work
        rounds += 1
    log(f"{name}: stopped after {rounds} rounds")


async def main():
    global started
    started = asyncio.get_running_loop().time()
    start = asyncio.Event()
    stop = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("fast", 0.4, start, stop))
        tg.create_task(worker("slow", 0.7, start, stop))
        await asyncio.sleep(1)
        log("main: start!")
        start.set()  # wakes every task waiting on the event
        await asyncio.sleep(1)
        log("main: stop")
        stop.set()
    log("main: all workers stopped")


asyncio.run(main())
