import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


def names(tasks):
    return ", ".join(sorted(task.get_name() for task in tasks)) or "-"


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    tasks = [
        asyncio.create_task(job(name, seconds), name=name)
        for name, seconds in [("a", 0.5), ("b", 1), ("c", 2), ("d", 4)]
    ]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    log(f"done: {names(done)}   pending: {names(pending)}")

    await asyncio.sleep(1)  # wait() cancelled nothing: c finishes
    log(f"c done: {tasks[2].done()}   d done: {tasks[3].done()}")

    for task in pending:
        task.cancel()
    await asyncio.wait(pending)  # let the cancellations finish
    log(f"d cancelled: {tasks[3].cancelled()}")


asyncio.run(main())
