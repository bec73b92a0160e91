import asyncio
from contextlib import aclosing

PRICES = [105, 103, 104, 99, 101, 98, 97, 102]


async def prices():
    """Yields each price from the feed as it arrives (one each 0.5 s)."""
    print("feed: connected")
    try:
        for price in PRICES:
            await asyncio.sleep(0.5)  # the next price arrives
            yield price
    finally:
        print("feed: closed")


async def main():
    async with aclosing(prices()) as feed:
        async for price in feed:
            if price < 100:
                print(f"bought at {price}")
                break
    print("done")


asyncio.run(main())
