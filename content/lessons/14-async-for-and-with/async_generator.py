import asyncio

started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


async def countdown(start):
    # `yield` inside `async def` makes an async generator.
    for number in range(start, 0, -1):
        await asyncio.sleep(0.5)
        yield number


async def ticker():
    for _ in range(4):
        log("ticker: tick")
        await asyncio.sleep(0.4)


async def main():
    global started
    started = asyncio.get_running_loop().time()
    tick = asyncio.create_task(ticker())

    async for number in countdown(3):
        log(f"got {number}")

    squares = [n * n async for n in countdown(3)]  # an async comprehension
    log(f"squares: {squares}")
    await tick


asyncio.run(main())
