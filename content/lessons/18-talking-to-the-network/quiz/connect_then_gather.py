import asyncio

from simweb import Client

API = "https://api.example"


async def main():
    async with Client() as client:
        await client.get(f"{API}/users/1")
        await asyncio.gather(*(client.get(f"{API}/posts/{i}") for i in (1, 2, 3)))


asyncio.run(main())
