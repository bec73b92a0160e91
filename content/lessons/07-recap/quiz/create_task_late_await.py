import asyncio


async def main():
    task = asyncio.create_task(asyncio.sleep(3))
    await asyncio.sleep(1)
    await asyncio.sleep(1)
    await task


asyncio.run(main())
