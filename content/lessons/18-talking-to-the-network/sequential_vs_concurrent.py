import asyncio
import time

from simweb import Client  # the course's simulated web (real code: httpx)

URLS = [f"https://api.example/users/{i}" for i in range(1, 6)]


async def one_by_one(client):
    names = []
    for url in URLS:
        response = await client.get(url)
        names.append(response.json()["name"])
    return names


async def all_at_once(client):
    responses = await asyncio.gather(*(client.get(url) for url in URLS))
    return [response.json()["name"] for response in responses]


async def main():
    async with Client() as client:
        start = time.perf_counter()
        print(await one_by_one(client))
        print(f"one by one: {time.perf_counter() - start:.1f} s")

        start = time.perf_counter()
        print(await all_at_once(client))
        print(f"all at once: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
