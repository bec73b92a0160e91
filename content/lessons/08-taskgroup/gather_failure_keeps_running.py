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
    try:
        await asyncio.gather(
            fetch_data(1, 1, fail=True), fetch_data(2, 2), fetch_data(3, 3)
        )
    except ValueError as error:
        log(f"gather raised: {error}")

    log("main carries on...")
    await asyncio.sleep(2.5)
    log("main done")

    # The alternative: collect exceptions as results instead of raising.
    results = await asyncio.gather(
        fetch_data(4, 0.5, fail=True),
        fetch_data(5, 0.5),
        return_exceptions=True,
    )
    log(f"with return_exceptions=True: {results!r}")


asyncio.run(main())
