import asyncio
import random

from simweb import Client, HTTPStatusError, TransportError

URL = "https://api.example/unreliable"  # fails about a third of the time
jitter = random.Random(7)  # seeded: the same delays on every run


async def get_with_retries(client, url, attempts=4, base=0.1):
    for attempt in range(1, attempts + 1):
        try:
            response = await client.get(url)
            response.raise_for_status()
            return response
        except (HTTPStatusError, TransportError) as error:
            # 404, 401 and most other 4xx answers will not change: retry the rest.
            retry = isinstance(error, TransportError) or (
                error.response.status_code >= 500
            )
            if not retry or attempt == attempts:
                raise
            delay = base * 2 ** (attempt - 1) + jitter.uniform(0, base)
            name = type(error).__name__
            print(f"  attempt {attempt}: {name}, again in {delay:.2f} s")
            await asyncio.sleep(delay)


async def main():
    async with Client() as client:
        for call in range(1, 4):
            response = await get_with_retries(client, URL)
            print(f"call {call}: {response.status_code} {response.json()}")


asyncio.run(main())
