import asyncio

visits = 0


async def count_visit():
    global visits
    current = visits  # read ...
    visits = current + 1  # ... and write, with no await in between


async def count_visit_slowly():
    global visits
    current = visits  # read ...
    await asyncio.sleep(0)  # ... let the other tasks run ...
    visits = current + 1  # ... and write a value that may be stale


async def main():
    global visits
    await asyncio.gather(*(count_visit() for _ in range(5)))
    print(f"no await in between: visits = {visits}")

    visits = 0
    await asyncio.gather(*(count_visit_slowly() for _ in range(5)))
    print(f"an await in between: visits = {visits}")


asyncio.run(main())
