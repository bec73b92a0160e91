import asyncio

from simweb import Client


async def fetch(client, limit, i):
    async with limit:
        await client.get(f"https://api.example/comments/{i}")


async def main():
    limit = asyncio.Semaphore(4)
    async with Client() as client:
        await asyncio.gather(*(fetch(client, limit, i) for i in range(1, 13)))


asyncio.run(main())
