import asyncio
import time

start = time.perf_counter()
ERRORS = {"disk": OSError("disk full"), "network": ConnectionError("no route")}


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def check(name, seconds):
    await asyncio.sleep(seconds)
    if name in ERRORS:
        log(f"{name} raises")
        raise ERRORS[name]
    log(f"{name} ok")
    return name


def checks():
    return [check("disk", 0.5), check("network", 1), check("cpu", 1.5)]


async def main():
    try:
        await asyncio.gather(*checks())
    except Exception as error:
        log(f"gather raised {error!r}")
    await asyncio.sleep(1.5)  # the other two run on meanwhile

    log("again, with return_exceptions=True")
    results = await asyncio.gather(*checks(), return_exceptions=True)
    for result in results:
        log(f"  {result!r}")


asyncio.run(main())
