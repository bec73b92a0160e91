import asyncio
import time

start = time.perf_counter()


async def fetch_data(id, seconds):
    print(f"Fetching data {id} (takes {seconds} s)...")
    await asyncio.sleep(seconds)
    print(f"{time.perf_counter() - start:.1f} s  Data {id} fetched!")
    return f"Data {id}"


async def main():
    results = await asyncio.gather(
        fetch_data(1, 3), fetch_data(2, 1), fetch_data(3, 2)
    )
    print(results)
    print(f"Gathered in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
