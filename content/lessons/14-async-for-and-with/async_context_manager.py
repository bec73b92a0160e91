import asyncio
from contextlib import asynccontextmanager

started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):  # awaited when the block starts
        await asyncio.sleep(0.5)  # the handshake takes time
        log(f"{self.name}: open")
        return self  # what `as` receives

    async def __aexit__(self, exc_type, exc, tb):  # awaited when it ends
        await asyncio.sleep(0.2)  # say goodbye to the server
        log(f"{self.name}: closed ({exc_type.__name__ if exc else 'ok'})")
        return False  # do not swallow the exception


@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.5)  # before `yield`: like __aenter__
    log(f"{name}: open")
    try:
        yield name  # the `async with` block runs here
    finally:
        await asyncio.sleep(0.2)  # after `yield`: like __aexit__
        log(f"{name}: closed")


async def main():
    global started
    started = asyncio.get_running_loop().time()

    async with Connection("db") as db:
        log(f"using {db.name}")

    try:
        async with Connection("cache"):
            raise ValueError("bad query")
    except ValueError as error:
        log(f"main caught: {error}")

    async with connection("queue") as name:
        log(f"using {name}")


asyncio.run(main())
