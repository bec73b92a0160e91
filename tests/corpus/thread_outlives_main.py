# asyncio.run waits for the default executor's threads before it returns (shutdown_default_executor):
# what a thread still running when main returns prints is not lost.
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
    log("main: returns")


asyncio.run(main())
log("after asyncio.run")
