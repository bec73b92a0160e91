import asyncio


async def fetch_data():
    print("Fetching data...")
    await asyncio.sleep(2)  # Simulates a delay (like waiting for network data)
    print("Data fetched!")


# Defining the coroutine runs nothing; this line runs it.
asyncio.run(fetch_data())
