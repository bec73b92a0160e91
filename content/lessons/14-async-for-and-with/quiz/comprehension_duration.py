import asyncio


async def readings():
    for value in range(4):
        await asyncio.sleep(0.5)
        yield value


async def collect():
    return [value async for value in readings()]


async def main():
    await asyncio.gather(collect(), collect())


asyncio.run(main())
