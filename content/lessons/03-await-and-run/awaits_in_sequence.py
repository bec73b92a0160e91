import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def step(name, seconds):
    log(f"{name}: started, waiting {seconds} s")
    await asyncio.sleep(seconds)
    log(f"{name}: done")
    return name.upper()


async def main():
    log("main: before the first await")
    first = await step("first", 1)
    log(f"main: got {first}")
    second = await step("second", 2)
    log(f"main: got {second}")


asyncio.run(main())
