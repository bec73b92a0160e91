import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def step(name, seconds):
    await asyncio.sleep(seconds)
    if name == "payment":
        raise ValueError("card declined")
    log(f"{name}: done")


async def main():
    tasks = [
        asyncio.create_task(step(name, seconds), name=name)
        for name, seconds in [("stock", 0.5), ("payment", 1), ("email", 2)]
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_EXCEPTION
    )
    for task in tasks:
        if task in done and task.exception():
            log(f"{task.get_name()} failed: {task.exception()}")
        elif task in pending:
            log(f"{task.get_name()}: still running, cancel it")
            task.cancel()
    await asyncio.wait(pending)  # let the cancellations finish
    log(f"email cancelled: {tasks[2].cancelled()}")


asyncio.run(main())
