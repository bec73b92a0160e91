import asyncio

from simweb import Client, HTTPStatusError, TimeoutException

API = "https://api.example"


async def get(client, path):
    try:
        response = await client.get(API + path, timeout=0.8)
        response.raise_for_status()
        print(path, "ok")
    except HTTPStatusError:
        print(path, "error status")
    except TimeoutException:
        print(path, "timed out")


async def main():
    async with Client() as client:
        await asyncio.gather(
            get(client, "/delay/2"),
            get(client, "/status/500"),
            get(client, "/delay/0.5"),
        )
    print("done")


asyncio.run(main())
