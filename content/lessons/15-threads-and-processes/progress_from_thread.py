import asyncio
import time

started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


def download(report):
    """Runs in a worker thread: blocking work that reports as it goes."""
    for percent in (25, 50, 75, 100):
        time.sleep(0.5)  # a blocking chunk of the download
        report(percent)
    return "data.zip"


async def show(progress):
    while True:
        percent = await progress.get()
        log(f"{percent}%")
        if percent == 100:
            return


async def main():
    global started
    loop = asyncio.get_running_loop()
    started = loop.time()
    progress = asyncio.Queue()

    def report(percent):  # called in the worker thread
        # Queue.put_nowait is not thread-safe: ask the loop to call it.
        loop.call_soon_threadsafe(progress.put_nowait, percent)

    name, _ = await asyncio.gather(
        asyncio.to_thread(download, report),
        show(progress),
    )
    log(f"got {name}")


asyncio.run(main())
