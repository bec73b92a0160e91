import asyncio

async def fetch_data(id):
    print(f"Fetching data {id}...")
    await asyncio.sleep(2)
    print(f"Data {id} fetched!")
    return f"Data {id}"

async def main():
    # The same three fetches, one after another: about 6 seconds instead of 2
    results = [await fetch_data(1), await fetch_data(2), await fetch_data(3)]
    print(results)

asyncio.run(main())
