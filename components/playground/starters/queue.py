import asyncio

async def producer(queue):
    for n in range(1, 6):
        await asyncio.sleep(0.5)
        await queue.put(n)
        print(f"put {n}")
    await queue.put(None)  # tells the consumer to stop

async def consumer(queue):
    while (item := await queue.get()) is not None:
        print(f"  got {item}, working...")
        await asyncio.sleep(1)

async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))

asyncio.run(main())
