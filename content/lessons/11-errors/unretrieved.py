import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def send_report():
    await asyncio.sleep(0.5)
    raise ConnectionError("mail server down")


async def main():
    task = asyncio.create_task(send_report())  # started, never awaited
    await asyncio.sleep(1)
    log(f"task done: {task.done()}")
    log("main done")


asyncio.run(main())
