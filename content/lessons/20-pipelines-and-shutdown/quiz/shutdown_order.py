import asyncio


async def worker(queue):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            print("worker leaves")
            return
        print(f"got {item}")


async def main():
    queue = asyncio.Queue()
    task = asyncio.create_task(worker(queue))
    queue.put_nowait("a")
    queue.put_nowait("b")
    queue.shutdown()
    print("shut down")
    await task


asyncio.run(main())
