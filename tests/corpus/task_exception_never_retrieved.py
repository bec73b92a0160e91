import asyncio

async def explode():
    await asyncio.sleep(0.1)
    raise ValueError("nobody is listening")

async def main():
    asyncio.create_task(explode())
    await asyncio.sleep(0.5)
    print("main finished")

asyncio.run(main())
