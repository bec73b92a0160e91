import asyncio
import time


async def slow_start():
    time.sleep(1)  # blocking
    await asyncio.sleep(1)


async def quick():
    await asyncio.sleep(1)


async def main():
    await asyncio.gather(slow_start(), quick(), quick())


asyncio.run(main())
