import asyncio

cache = {}
loads = 0


async def load(key):
    global loads
    loads += 1
    await asyncio.sleep(1)  # a slow database query
    return key.upper()


async def get(key):
    if key not in cache:
        cache[key] = await load(key)
    return cache[key]


async def main():
    await asyncio.gather(get("a"), get("a"))
    print("loads:", loads)


asyncio.run(main())
