import asyncio
import time

from simweb import Client

URLS = [f"https://api.example/posts/{i}" for i in range(1, 4)]


async def fetch_with_new_client(url):
    # A new client, so a new connection, every time:
    async with Client() as client:
        response = await client.get(url)
        return response.json()["title"]


async def main():
    start = time.perf_counter()
    for url in URLS:
        await fetch_with_new_client(url)
    print(f"a new client per request: {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    # One client: its connection is kept and reused.
    async with Client() as client:
        for url in URLS:
            response = await client.get(url)
            response.json()["title"]
    print(f"one client for all: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
