import asyncio


async def job(limit):
    async with limit:
        await asyncio.sleep(1)


async def main():
    limit = asyncio.Semaphore(2)
    await asyncio.gather(*(job(limit) for _ in range(4)))


asyncio.run(main())
