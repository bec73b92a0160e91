import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def check(service, seconds):
    await asyncio.sleep(seconds)
    if service == "search":
        raise ConnectionError("no answer")
    return "ok"


async def main():
    tasks = [
        asyncio.create_task(check(service, seconds), name=service)
        for service, seconds in [("db", 1.5), ("search", 1), ("cache", 0.5)]
    ]
    # Python 3.13+: async for hands back the finished tasks themselves.
    async for task in asyncio.as_completed(tasks):
        if task.exception():
            log(f"{task.get_name()}: failed, {task.exception()!r}")
        else:
            log(f"{task.get_name()}: {task.result()}")


asyncio.run(main())
