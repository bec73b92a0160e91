import asyncio
import time


async def download(name):
    print(f"Downloading {name}...")
    await asyncio.sleep(2)  # waits without blocking the other downloads
    print(f"Finished {name}")
    return f"{name} (ok)"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        download("page-1"), download("page-2"), download("page-3")
    )
    elapsed = time.perf_counter() - start
    print(results)
    print(f"Total: {elapsed:.1f} s")


asyncio.run(main())
