import asyncio

from simweb import Client


async def fetch(client, limit):
    async with limit:
        await client.get("https://api.example/delay/1")


async def main():
    limit = asyncio.Semaphore(4)
    async with Client() as client:
        await asyncio.gather(*(fetch(client, limit) for _ in range(12)))


asyncio.run(main())
