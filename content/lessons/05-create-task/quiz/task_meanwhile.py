import asyncio


async def download():
    await asyncio.sleep(2)


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(1.5)  # other work while the download runs
    await task


asyncio.run(main())
