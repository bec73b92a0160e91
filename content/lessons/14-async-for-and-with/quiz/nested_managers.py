import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def opened(name):
    print(f"open {name}")
    try:
        yield
    finally:
        print(f"close {name}")


async def main():
    async with opened("a"), opened("b"):
        print("work")


asyncio.run(main())
