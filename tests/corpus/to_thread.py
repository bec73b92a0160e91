import asyncio
import time

def blocking_io(n):
    print(f"start blocking_io {n}")
    time.sleep(0.4 + n * 0.2)
    print(f"blocking_io {n} complete")
    return n * 10

async def main():
    start = time.monotonic()
    print("started main")
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, 1),
        asyncio.to_thread(blocking_io, 2),
        asyncio.to_thread(blocking_io, 3),
    )
    print(results)
    print(f"finished main after {time.monotonic() - start:.0f} s")

asyncio.run(main())
