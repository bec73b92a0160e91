import asyncio
import time

started = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - started:.1f} s  {message}")


def write_report():
    time.sleep(2)  # blocking work in a worker thread
    log("thread: report written")


async def main():
    try:
        async with asyncio.timeout(0.5):
            await asyncio.to_thread(write_report)
    except TimeoutError:
        log("main: gave up waiting")
    await asyncio.sleep(2)  # main goes on with other work
    log("main: done")


asyncio.run(main())
