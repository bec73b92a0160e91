import asyncio

async def fetch(sem, i):
    async with sem:
        print(f"start {i}")
        await asyncio.sleep(1)
        print(f"end {i}")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(fetch(sem, i) for i in range(5)))

asyncio.run(main())
