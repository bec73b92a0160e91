import asyncio


async def fetch(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"end {name}")
    return name


async def main():
    results = await asyncio.gather(fetch("slow", 2), fetch("fast", 1))
    print(results)


asyncio.run(main())
