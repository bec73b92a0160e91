import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    print(f"open {name}")
    try:
        yield name
    finally:
        print(f"close {name}")


async def rows():
    try:
        for n in range(3):
            await asyncio.sleep(0.1)
            yield n
    finally:
        print("rows closed")


async def main():
    async with connection("db"):
        async for n in rows():
            print(f"row {n}")
            if n == 1:
                break
    print("main done")


asyncio.run(main())
