import asyncio


async def fail(name, delay):
    await asyncio.sleep(delay)
    raise ValueError(name)


async def slow():
    try:
        await asyncio.sleep(5)
    finally:
        print("slow cleaned up")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail("a", 1))
            tg.create_task(fail("b", 2))
        print("after the group")
    except* ValueError as group:
        print(f"caught {len(group.exceptions)}")
    print("main done")


asyncio.run(main())
