import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def download(number, limit):
    async with limit:  # at most two downloads hold the semaphore at once
        log(f"download {number}: started")
        await asyncio.sleep(1)
        log(f"download {number}: done")
    return f"file {number}"


async def main():
    limit = asyncio.Semaphore(2)
    files = await asyncio.gather(*(download(number, limit) for number in range(1, 7)))
    log(f"{len(files)} files, at most 2 at a time")


asyncio.run(main())
