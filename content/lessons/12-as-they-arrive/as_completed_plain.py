import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def fetch_price(shop, seconds, price):
    await asyncio.sleep(seconds)
    return f"{shop}: {price} EUR"


async def main():
    lookups = [
        fetch_price("shop A", 2, 19),
        fetch_price("shop B", 0.5, 21),
        fetch_price("shop C", 1, 18),
    ]
    for next_one in asyncio.as_completed(lookups):
        result = await next_one  # waits for whichever finishes next
        log(result)
    log("all prices in")


asyncio.run(main())
