import asyncio


async def main():
    asyncio.sleep(5)  # no await: this only creates a coroutine object
    await asyncio.sleep(1)


asyncio.run(main())
