import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


def read_legacy_sensor():
    time.sleep(1)  # a blocking call inside a library you can't change
    return 21.5


async def other_work():
    log("other work: started")
    await asyncio.sleep(1)
    log("other work: done")
    return "report"


async def main():
    reading, report = await asyncio.gather(
        asyncio.to_thread(read_legacy_sensor),  # runs in a worker thread
        other_work(),
    )
    log(f"sensor says {reading}, other work produced a {report}")


asyncio.run(main())
