import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def fetch_data(id, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"fetch {id} failed")
    log(f"data {id} fetched")
    return f"Data {id}"


async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(fetch_data(1, 1, fail=True)))
            tasks.append(tg.create_task(fetch_data(2, 2)))
            tasks.append(tg.create_task(fetch_data(3, 3)))
    except* ValueError as group:
        for error in group.exceptions:
            log(f"caught: {error!r}")

    for id, task in enumerate(tasks, start=1):
        if task.cancelled():
            log(f"task {id}: cancelled")
        elif task.exception():
            log(f"task {id}: failed")
        else:
            log(f"task {id}: done")
    log("main done")


asyncio.run(main())
