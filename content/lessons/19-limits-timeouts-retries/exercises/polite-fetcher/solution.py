import asyncio

from simweb import Client, HTTPStatusError, Web

SHOP = "https://shop.example"

# The shop's server answers in 0.2 s; every 5th call it receives fails (503).
web = Web()
shop = web.host("shop.example", latency=0.2, fail_every=5)


@shop.get("/items/{id}")
def item(request, id):
    return {"id": int(id), "price": int(id) * 3}


async def fetch(client, limit, item, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            async with limit:
                response = await client.get(f"{SHOP}/items/{item}")
            response.raise_for_status()
            return response.json()["price"]
        except HTTPStatusError as error:
            if error.response.status_code < 500 or attempt == attempts:
                raise
            await asyncio.sleep(0.1 * 2 ** (attempt - 1))


async def main():
    limit = asyncio.Semaphore(4)
    async with Client(web=web) as client:
        prices = await asyncio.gather(
            *(fetch(client, limit, item) for item in range(1, 21))
        )
    print(f"{len(prices)} prices, total {sum(prices)}")


asyncio.run(main())
