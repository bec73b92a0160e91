import asyncio
import time

async def fetch_data(id):
    print(f"Fetching data {id}...")
    await asyncio.sleep(2)
    print(f"Data {id} fetched!")
    return f"Data {id}"

async def main():
    start = time.perf_counter()
    # Each await finishes before the next fetch starts: 6 s instead of 2
    results = [await fetch_data(1), await fetch_data(2), await fetch_data(3)]
    print(results)
    print(f"Sequential: {time.perf_counter() - start:.1f} s")

asyncio.run(main())
