import asyncio

async def compute(x):
    await asyncio.sleep(0.5)
    return x * x

async def both():
    return await asyncio.gather(compute(4), compute(5))

loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(compute(3)))
    print(loop.run_until_complete(both()))
finally:
    loop.close()
print("loop closed:", loop.is_closed())
