import asyncio

PRICES = [105, 103, 104, 99, 101, 98, 97, 102]


async def prices():
    """Collects every price from the feed (one each 0.5 s) and returns them."""
    print("feed: connected")
    collected = []
    try:
        for price in PRICES:
            await asyncio.sleep(0.5)  # the next price arrives
            collected.append(price)
    finally:
        print("feed: closed")
    return collected


async def main():
    for price in await prices():
        if price < 100:
            print(f"bought at {price}")
            break
    print("done")


asyncio.run(main())
