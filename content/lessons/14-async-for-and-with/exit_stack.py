import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.5)
    log(f"{name}: open")
    try:
        yield name
    finally:
        log(f"{name}: closed")


async def main():
    global started
    started = asyncio.get_running_loop().time()
    names = ["db", "cache", "queue"]  # known only when the program runs

    async with AsyncExitStack() as stack:
        for name in names:
            await stack.enter_async_context(connection(name))
        log(f"using {len(names)} connections")
    # Leaving the block closed them in reverse order.
    log("main: done")


asyncio.run(main())
