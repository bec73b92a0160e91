import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0.25)
        ticks += 1


def crunch_numbers():
    # CPU-bound work with no await: nothing else runs until it returns.
    return sum(i * i for i in range(5_000_000))


async def main():
    global ticks
    task = asyncio.create_task(ticker())

    ticks = 0
    await asyncio.sleep(1.1)
    print(f"While main awaited asyncio.sleep(1.1): {ticks} ticks")

    ticks = 0
    result = crunch_numbers()
    print(f"While main computed {result}: {ticks} ticks")

    task.cancel()


asyncio.run(main())
