import asyncio

async def slow(name):
    try:
        await asyncio.sleep(3)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise

async def broken():
    await asyncio.sleep(1)
    raise RuntimeError("broken child")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("a"))
            tg.create_task(broken())
    except* RuntimeError as group:
        for e in group.exceptions:
            print("caught:", repr(e))
    print("main continues")

asyncio.run(main())
