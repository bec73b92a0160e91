import asyncio


async def fetch_data():
    print("Fetching data...")
    await asyncio.sleep(1)
    print("Data fetched!")


async def main():
    print("Calling fetch_data() without await...")
    fetch_data()  # creates a coroutine object and throws it away
    print("main() is finished, and nothing was fetched.")


asyncio.run(main())
