import asyncio


async def background():
    print("  background: I am running now")
    await asyncio.sleep(0.5)
    print("  background: done")
    return 42


async def main():
    task = asyncio.create_task(background())
    print("main: task created")
    print("main: still running, the task has not started yet")
    total = sum(range(1_000_000))  # ordinary work that never awaits
    print(f"main: computed {total} without yielding, task done? {task.done()}")

    await asyncio.sleep(0)  # yield to the event loop for a moment
    print("main: back after yielding once")

    result = await task
    print(f"main: the task returned {result}")


asyncio.run(main())
