import asyncio


async def work(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def fail():
    await asyncio.sleep(1)
    print("fail raises")
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("quick", 0.5))
            tg.create_task(work("slow", 3))
            tg.create_task(fail())
    except* ValueError:
        print("caught ValueError")


asyncio.run(main())
