import asyncio

from simweb import Client

API = "https://api.example"


async def main():
    async with Client() as client:
        await client.get(f"{API}/delay/2")
        await asyncio.gather(
            *(client.get(f"{API}/delay/2") for _ in range(3))
        )


asyncio.run(main())
