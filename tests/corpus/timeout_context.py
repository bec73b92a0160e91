import asyncio

async def long_job():
    await asyncio.sleep(5)
    return "done"

async def main():
    try:
        async with asyncio.timeout(1.5):
            await long_job()
    except TimeoutError:
        print("the long job timed out")
    async with asyncio.timeout(3):
        await asyncio.sleep(1)
        print("short job finished in time")

asyncio.run(main())
