import asyncio
import random

from simweb import Client, HTTPStatusError, TransportError

jitter = random.Random(7)  # seeded: the same delays on every run


async def get_with_retries(client, url, attempts=4, base=0.1):
    for attempt in range(1, attempts + 1):
        try:
            response = await client.get(url)
            response.raise_for_status()
            return response
        except (HTTPStatusError, TransportError) as error:
            if isinstance(error, HTTPStatusError) and error.response.status_code < 500:
                raise  # a 4xx will not change on a second try
            if attempt == attempts:
                raise
            delay = base * 2 ** (attempt - 1) + jitter.uniform(0, base)
            print(f"  attempt {attempt}: {type(error).__name__}, again in {delay:.2f} s")
            await asyncio.sleep(delay)


async def main():
    async with Client() as client:
        for call in range(1, 4):
            response = await get_with_retries(client, "https://api.example/unreliable")
            print(f"call {call}: {response.status_code} {response.json()}")


asyncio.run(main())
