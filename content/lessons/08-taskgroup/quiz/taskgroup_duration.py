import asyncio


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(2))
        tg.create_task(asyncio.sleep(1))
    await asyncio.sleep(0.5)


asyncio.run(main())
