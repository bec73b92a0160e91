import asyncio


async def main():
    await asyncio.sleep(1)
    await asyncio.sleep(2)
    await asyncio.sleep(0.5)


asyncio.run(main())
