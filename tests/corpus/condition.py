import asyncio

async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(f"{name} got {items.pop(0)}")

async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(2)]
    for i in range(2):
        await asyncio.sleep(0.5)
        async with cond:
            items.append(f"item{i}")
            cond.notify()
    await asyncio.gather(*consumers)

asyncio.run(main())
