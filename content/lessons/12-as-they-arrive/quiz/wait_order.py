import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} done")


async def main():
    tasks = [
        asyncio.create_task(job(name, seconds))
        for name, seconds in [("slow", 3), ("fast", 0.5), ("mid", 1)]
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    print(f"{len(done)} done, {len(pending)} pending")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
