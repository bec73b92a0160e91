import asyncio


async def download(name, limit):
    async with limit:
        await asyncio.sleep(1)  # the server's answer
    print(f"downloaded {name}")


async def main():
    limit = asyncio.Semaphore(2)
    files = [f"file{i}.zip" for i in range(1, 7)]
    await asyncio.gather(*(download(name, limit) for name in files))


asyncio.run(main())
