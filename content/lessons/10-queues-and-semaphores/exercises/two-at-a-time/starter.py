import asyncio


async def download(name):
    await asyncio.sleep(1)  # the server's answer
    print(f"downloaded {name}")


async def main():
    files = [f"file{i}.zip" for i in range(1, 7)]
    await asyncio.gather(*(download(name) for name in files))


asyncio.run(main())
