import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def download(mirror, seconds):
    await asyncio.sleep(seconds)
    return f"file from {mirror}"


async def main():
    mirrors = [("mirror-eu", 1.5), ("mirror-us", 0.5), ("mirror-asia", 3)]
    tasks = [
        asyncio.create_task(download(mirror, seconds), name=mirror)
        for mirror, seconds in mirrors
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    winner = done.pop()
    log(f"got the {winner.result()}")

    for task in pending:  # the losers: stop them, then wait for them
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    losers = ", ".join(sorted(task.get_name() for task in pending))
    log(f"cancelled {losers}")


asyncio.run(main())
