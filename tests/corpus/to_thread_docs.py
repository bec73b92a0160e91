import asyncio
import time

def blocking_io():
    print("start blocking_io")
    # Note that time.sleep() can be replaced with any blocking
    # IO-bound operation, such as file operations.
    time.sleep(1)
    print("blocking_io complete")

async def main():
    print("started main")
    await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.sleep(1))
    print("finished main")

asyncio.run(main())
