import asyncio


async def waiter(event):
    print("waiter: waiting")
    await event.wait()
    print("waiter: woke up")


async def main():
    event = asyncio.Event()
    task = asyncio.create_task(waiter(event))
    await asyncio.sleep(0.1)
    print("main: set")
    event.set()
    print("main: after set")
    await task


asyncio.run(main())
