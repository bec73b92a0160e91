import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def download(name):
    log(f"{name}: connection opened")
    try:
        for chunk in range(1, 6):
            await asyncio.sleep(0.5)
            log(f"{name}: chunk {chunk} received")
        return f"{name} complete"
    finally:
        # Runs whether the download completes, fails or is cancelled.
        log(f"{name}: connection closed")


async def main():
    task = asyncio.create_task(download("video"))
    await asyncio.sleep(1.2)

    log("main: cancelling the download")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log(f"main: task.cancelled() is {task.cancelled()}")


asyncio.run(main())
