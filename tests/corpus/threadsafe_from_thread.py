import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def report(text):
    await asyncio.sleep(0.1)
    log(f"loop got: {text}")
    return text.upper()


def worker(loop):
    time.sleep(0.5)
    loop.call_soon_threadsafe(log, "callback from the thread")
    future = asyncio.run_coroutine_threadsafe(report("halfway"), loop)
    time.sleep(0.5)
    return future


async def main():
    loop = asyncio.get_running_loop()
    future = await asyncio.to_thread(worker, loop)
    log(f"thread done, its coroutine returned {future.result()!r}")


asyncio.run(main())
