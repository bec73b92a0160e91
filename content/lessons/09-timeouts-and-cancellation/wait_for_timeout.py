import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def slow_query():
    log("query: started")
    try:
        await asyncio.sleep(3)
        log("query: finished")
        return "rows"
    except asyncio.CancelledError:
        log("query: cancelled by the timeout")
        raise


async def main():
    try:
        rows = await asyncio.wait_for(slow_query(), timeout=1)
        log(f"got {rows}")
    except TimeoutError:
        log("main: gave up after 1 second")


asyncio.run(main())
