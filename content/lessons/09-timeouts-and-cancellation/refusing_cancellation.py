import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def do_job(number):
    await asyncio.sleep(0.5)
    if number == 2:
        raise ValueError("bad record")


async def stubborn_worker():
    for number in range(1, 5):
        try:
            await do_job(number)
            log(f"stubborn: job {number} done")
        except BaseException as error:  # the bug: catches CancelledError too
            name = type(error).__name__
            log(f"stubborn: job {number} failed ({name}), carrying on")
    return "all jobs done"


async def polite_worker():
    for number in range(1, 5):
        try:
            await do_job(number)
            log(f"polite: job {number} done")
        except Exception as error:  # the fix: CancelledError is not one
            name = type(error).__name__
            log(f"polite: job {number} failed ({name}), carrying on")
    return "all jobs done"


async def main():
    stubborn = asyncio.create_task(stubborn_worker())
    polite = asyncio.create_task(polite_worker())
    await asyncio.sleep(1.2)

    log("main: cancelling both workers")
    stubborn.cancel()
    polite.cancel()
    for name, task in [("polite", polite), ("stubborn", stubborn)]:
        try:
            result = await task
            log(f"main: {name} was not cancelled, it returned {result!r}")
        except asyncio.CancelledError:
            log(f"main: {name} was cancelled")


asyncio.run(main())
