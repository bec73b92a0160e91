import asyncio
import time


async def fetch_data(id):
    print(f"Fetching data {id}...")
    await asyncio.sleep(2)
    print(f"Data {id} fetched!")
    return f"Data {id}"


async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_data(id)) for id in (1, 2, 3)]
        print("All three tasks created")
    # Leaving the block waited for every task in the group.
    print([task.result() for task in tasks])
    print(f"TaskGroup: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
