import asyncio
import time

start = time.perf_counter()


async def job(name):
    print(f"{time.perf_counter() - start:.1f} s  {name} started")
    await asyncio.sleep(1)  # non-blocking: the other jobs run meanwhile
    print(f"{time.perf_counter() - start:.1f} s  {name} finished")


async def main():
    await asyncio.gather(job("A"), job("B"), job("C"))
    print(f"Total: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
