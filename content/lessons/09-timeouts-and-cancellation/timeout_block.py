import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def fetch_data(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} data"


async def main():
    try:
        async with asyncio.timeout(1.5):
            log(await fetch_data("fast", 1))
    except TimeoutError:
        log("fast: timed out")

    try:
        async with asyncio.timeout(1.5):
            log(await fetch_data("slow", 3))
    except TimeoutError:
        log("slow: timed out")

    log("main done")


asyncio.run(main())
