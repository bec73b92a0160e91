import asyncio


async def producer(queue):
    for n in range(4):
        await queue.put(n)
    queue.shutdown()


async def consumer(queue):
    try:
        while True:
            await queue.get()
            await asyncio.sleep(1)
    except asyncio.QueueShutDown:
        pass


async def main():
    queue = asyncio.Queue(maxsize=1)
    asyncio.create_task(consumer(queue))
    await producer(queue)  # the program ends when the producer has put everything


asyncio.run(main())
