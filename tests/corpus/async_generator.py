import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def main():
    async for tick in ticker(3, 0.5):
        print("tick", tick)
    squares = [i * i async for i in ticker(4, 0.25)]
    print(squares)

asyncio.run(main())
