import asyncio


async def main():
    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    await asyncio.sleep(1)


asyncio.run(main())
