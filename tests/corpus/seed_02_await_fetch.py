import asyncio

async def fetch_data():
    print("Fetching data...")
    await asyncio.sleep(2)  # Simulates I/O delay
    print("Data fetched!")
    return "Some data"

async def main():
    print("Starting...")
    data = await fetch_data()  # Pauses until fetch_data() is complete
    print(data)

# Run the main coroutine
asyncio.run(main())
