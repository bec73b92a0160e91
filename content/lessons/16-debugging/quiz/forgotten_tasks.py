import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} done")


async def main():
    asyncio.create_task(job("short", 0.5))
    asyncio.create_task(job("long", 2))
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
