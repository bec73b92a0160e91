import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
    finally:
        await asyncio.sleep(1)  # cleanup


async def fail():
    await asyncio.sleep(1)
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail())
    except* ValueError:
        pass


asyncio.run(main())
