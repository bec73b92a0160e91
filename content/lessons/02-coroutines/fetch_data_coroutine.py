import asyncio


async def fetch_data():
    print("Fetching data...")
    await asyncio.sleep(2)  # Simulates a delay (like waiting for network data)
    print("Data fetched!")


# The snippet only defines the coroutine; this line runs it so you can see it work.
asyncio.run(fetch_data())
