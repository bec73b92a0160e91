import asyncio
import time

async def work(n):
    print(f"work {n} start")
    time.sleep(1)
    print(f"work {n} end")

async def main():
    start = time.perf_counter()
    await asyncio.gather(work(1), work(2), work(3))
    print(f"took {time.perf_counter() - start:.1f}")

asyncio.run(main())
