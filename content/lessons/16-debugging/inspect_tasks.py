import asyncio


async def fetch(seconds):
    await asyncio.sleep(seconds)


async def report():
    me = asyncio.current_task()
    print(f"report runs as {me.get_name()!r}")
    for task in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        if task is me:
            where = "running now"
        else:
            frame = task.get_stack()[-1]  # where the task is paused
            where = f"paused at line {frame.f_lineno}"
        coro = task.get_coro().__qualname__
        print(f"  {task.get_name():8} {coro:7} {where}")


async def main():
    asyncio.create_task(fetch(1), name="users")
    asyncio.create_task(fetch(2), name="orders")
    await asyncio.sleep(0.5)
    await asyncio.create_task(report(), name="report")
    print(f"tasks left: {len(asyncio.all_tasks())}")


asyncio.run(main())
