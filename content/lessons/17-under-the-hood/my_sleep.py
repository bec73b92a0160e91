import asyncio


async def my_sleep(seconds):
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(seconds, future.set_result, None)
    await future


async def fetch_data(id):
    print(f"Fetching data {id}...")
    await my_sleep(2)
    print(f"Data {id} fetched!")
    return f"Data {id}"


async def main():
    results = await asyncio.gather(fetch_data(1), fetch_data(2), fetch_data(3))
    print(results)


asyncio.run(main())
