import asyncio
import time


async def job():
    time.sleep(1)  # blocks the whole event loop


async def main():
    await asyncio.gather(job(), job(), job())


asyncio.run(main())
