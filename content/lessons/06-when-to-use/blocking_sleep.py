import asyncio
import time

start = time.perf_counter()


async def job(name):
    print(f"{time.perf_counter() - start:.1f} s  {name} started")
    time.sleep(1)  # blocking: the whole event loop stops here
    print(f"{time.perf_counter() - start:.1f} s  {name} finished")


async def main():
    await asyncio.gather(job("A"), job("B"), job("C"))
    print(f"Total: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
