import asyncio

async def fetch_data():
    await asyncio.sleep(1)
    return "Fetched data"

async def main():
    task = asyncio.create_task(fetch_data())  # Run fetch_data in the background
    print("Doing other work...")
    result = await task  # Wait for the task result
    print(result)

asyncio.run(main())
