import asyncio
import time

LIMIT = 2  # how many downloads may run at the same time
start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def download(number, slots):
    async with slots:  # waits here while all slots are taken
        log(f"download {number}: started")
        await asyncio.sleep(1)
    # Leaving the block gives the slot to the next waiting download.
    return f"file {number}"


async def main():
    slots = asyncio.Semaphore(LIMIT)
    downloads = [download(number, slots) for number in range(1, 7)]
    files = await asyncio.gather(*downloads)
    log(f"{len(files)} files, at most {LIMIT} at a time")


asyncio.run(main())
