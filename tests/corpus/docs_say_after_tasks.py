import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))
    start = time.monotonic()
    print("started")
    await task1
    await task2
    print(f"finished after {time.monotonic() - start:.0f} s")

asyncio.run(main())
