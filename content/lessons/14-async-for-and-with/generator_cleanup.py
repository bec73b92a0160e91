import asyncio
from contextlib import aclosing

started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


async def readings(name):
    log(f"{name}: connected")
    try:
        for value in range(1, 10):
            await asyncio.sleep(0.5)
            yield value
    finally:
        log(f"{name}: disconnected")  # cleanup: close the connection


async def main():
    global started
    started = asyncio.get_running_loop().time()

    sensor_a = readings("sensor A")
    async for value in sensor_a:
        if value == 2:
            break  # the generator is paused at `yield`, not finished
    log("main: done with sensor A")

    async with aclosing(readings("sensor B")) as sensor_b:
        async for value in sensor_b:
            if value == 2:
                break
    log("main: done with sensor B")  # B is already disconnected

    await asyncio.sleep(1)
    log("main: returns")


asyncio.run(main())
