import asyncio


async def producer(queue):
    for item in ["a", "b"]:
        await queue.put(item)
        print(f"put {item}")
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        print(f"got {item}")


async def main():
    queue = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
