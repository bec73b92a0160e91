import asyncio
import time


def backup():
    time.sleep(1)
    print("thread: backup finished")


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(backup), timeout=0.5)
    except TimeoutError:
        print("main: timed out")
    print("main: carries on")
    await asyncio.sleep(1)
    print("main: done")


asyncio.run(main())
