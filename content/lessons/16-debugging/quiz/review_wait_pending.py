import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [
        asyncio.create_task(fetch(name, delay))
        for name, delay in [("a", 3), ("b", 1), ("c", 2)]
    ]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(f"{len(done)} done, {len(pending)} pending")
    for next_done in asyncio.as_completed(pending):
        print(await next_done)
    print("gather:", await asyncio.gather(*tasks))


asyncio.run(main())
