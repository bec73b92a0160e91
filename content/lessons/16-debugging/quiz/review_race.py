import asyncio

count = 0


async def bump():
    global count
    value = count
    await asyncio.sleep(0)
    count = value + 1


async def main():
    await asyncio.gather(bump(), bump(), bump())
    print(count)


asyncio.run(main())
