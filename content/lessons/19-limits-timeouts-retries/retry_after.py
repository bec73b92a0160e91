import asyncio

from simweb import Client

URL = "https://api.example/limited"  # at most 5 calls a second


async def polite_get(client, n):
    while True:
        response = await client.get(URL)
        if response.status_code != 429:
            return response
        # The server says how many seconds to wait:
        wait = float(response.headers["Retry-After"])
        print(f"request {n}: 429, waiting {wait:g} s")
        await asyncio.sleep(wait)


async def main():
    async with Client() as client:
        responses = await asyncio.gather(
            *(polite_get(client, n) for n in range(1, 13))
        )
    print([response.status_code for response in responses])


asyncio.run(main())
