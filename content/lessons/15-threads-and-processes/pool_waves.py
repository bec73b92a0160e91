import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

started = time.perf_counter()


def legacy_call(n):
    began = time.perf_counter() - started
    time.sleep(1)  # blocks its worker thread for a second
    ended = time.perf_counter() - started
    return f"call {n}: ran {began:.1f} s to {ended:.1f} s"


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        reports = await asyncio.gather(
            *(loop.run_in_executor(pool, legacy_call, n) for n in range(1, 5))
        )
    for report in reports:
        print(report)
    print(f"all done at {time.perf_counter() - started:.1f} s")


asyncio.run(main())
