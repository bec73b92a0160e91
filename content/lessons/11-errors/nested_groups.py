import asyncio
import time

start = time.perf_counter()
REGIONS = {
    "eu": [("eu-1", 0.5), ("eu-2", 1), ("eu-3", 2)],
    "us": [("us-1", 1.5)],
}
DOWN = {"eu-2"}


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def ping(server, seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{server}: cancelled")
        raise
    if server in DOWN:
        raise ConnectionError(f"{server} is down")
    log(f"{server}: up")


async def check_region(region):
    async with asyncio.TaskGroup() as tg:  # the inner group
        for server, seconds in REGIONS[region]:
            tg.create_task(ping(server, seconds))
    log(f"{region}: all up")


def show(error, depth=0):
    indent = "  " * depth
    if isinstance(error, ExceptionGroup):
        print(f"{indent}ExceptionGroup: {error.message}")
        for inner in error.exceptions:
            show(inner, depth + 1)
    else:
        print(f"{indent}{error!r}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:  # the outer group
            tg.create_task(check_region("eu"))
            tg.create_task(check_region("us"))
    except* ConnectionError as group:
        log("caught:")
        show(group)


asyncio.run(main())
