# Leaving `with ThreadPoolExecutor()` inside a coroutine waits for the pool's threads, and the
# event loop waits with it: the ticker cannot tick until the threads are done.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

started = time.perf_counter()


def blocking(n):
    time.sleep(1)
    return n


async def ticker():
    print(f"{time.perf_counter() - started:.1f} s  tick")
    await asyncio.sleep(0.5)  # due at 0.5 s, but the loop is held until 2.0 s
    print(f"{time.perf_counter() - started:.1f} s  tick")


async def main():
    loop = asyncio.get_running_loop()
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, blocking, n) for n in range(4)]
    print(f"{time.perf_counter() - started:.1f} s  left the with block")
    print(await asyncio.gather(*futures))
    await tick


asyncio.run(main())
