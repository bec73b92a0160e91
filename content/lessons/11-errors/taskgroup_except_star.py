import asyncio
import time

start = time.perf_counter()
ERRORS = {
    "prices": ConnectionError("prices timed out"),
    "stock": ValueError("bad stock reply"),
}


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{name}: cancelled")
        raise
    if name in ERRORS:
        log(f"{name}: raises {type(ERRORS[name]).__name__}")
        raise ERRORS[name]
    log(f"{name}: done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("photos", 0.5))
            tg.create_task(fetch("prices", 1))
            tg.create_task(fetch("stock", 1))
            tg.create_task(fetch("reviews", 3))
    except* ConnectionError as group:
        log(f"network trouble: {group.exceptions}")
    except* ValueError as group:
        log(f"bad data: {group.exceptions}")
    log("main done")


asyncio.run(main())
