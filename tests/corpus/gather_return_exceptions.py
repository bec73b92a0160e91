import asyncio

async def ok(n):
    await asyncio.sleep(n * 0.5)
    return n

async def fail():
    await asyncio.sleep(0.7)
    raise ValueError("bad input")

async def main():
    results = await asyncio.gather(ok(1), fail(), ok(2), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(ok(1), fail())
    except ValueError as e:
        print("gather raised:", e)

asyncio.run(main())
