import asyncio


async def job(lock):
    async with lock:
        await asyncio.sleep(1)
    await asyncio.sleep(1)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(job(lock), job(lock), job(lock))


asyncio.run(main())
