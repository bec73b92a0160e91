import asyncio

PRICES = {"apple": 3, "pear": 2}


async def fetch_price(item):
    await asyncio.sleep(1)  # a slow price service
    return PRICES[item]


async def main():
    apple = await fetch_price("apple")
    pear = await fetch_price("pear")
    total = apple + pear
    print(f"Total: {total}")
    return total


asyncio.run(main())
