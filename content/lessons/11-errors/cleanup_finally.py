import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def upload(name, seconds):
    log(f"{name}: connected")
    try:
        await asyncio.sleep(seconds)
        log(f"{name}: uploaded")
    finally:
        # Runs on success, on error and on cancellation alike.
        await asyncio.sleep(0.2)  # a polite goodbye to the server
        log(f"{name}: connection closed")


async def validate():
    await asyncio.sleep(1)
    raise ValueError("file is corrupt")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(upload("part 1", 0.5))
            tg.create_task(upload("part 2", 3))
            tg.create_task(validate())
    except* ValueError as group:
        log(f"upload failed: {group.exceptions[0]}")


asyncio.run(main())
