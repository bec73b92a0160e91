import asyncio

async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        await queue.put(i)
        print(f"produced {i}")
    await queue.put(None)

async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.2)
        total += item
        print(f"consumed {item}")
    return total

async def main():
    queue = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(queue, 4), consumer(queue))
    print("total", total)

asyncio.run(main())
