import asyncio

started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


class Countdown:
    """Counts down from `start`, one number every half second."""

    def __init__(self, start):
        self.current = start

    def __aiter__(self):  # `async for` calls this once
        return self

    async def __anext__(self):  # ... and awaits this for each item
        if self.current == 0:
            raise StopAsyncIteration  # no more items: the loop ends
        await asyncio.sleep(0.5)  # waiting for an item is allowed here
        self.current -= 1
        return self.current + 1


async def main():
    global started
    started = asyncio.get_running_loop().time()
    async for number in Countdown(3):
        log(f"got {number}")
    log("liftoff")


asyncio.run(main())
