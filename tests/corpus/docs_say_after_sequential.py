import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    start = time.monotonic()
    print("started")
    await say_after(1, 'hello')
    await say_after(2, 'world')
    print(f"finished after {time.monotonic() - start:.0f} s")

asyncio.run(main())
