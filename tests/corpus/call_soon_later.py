import asyncio

def callback(name, loop):
    print(f"{name} at {loop.time() - start:.1f}")

async def main():
    global start
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(1, callback, "later 1", loop)
    loop.call_later(0.5, callback, "later 0.5", loop)
    loop.call_soon(callback, "soon", loop)
    done = loop.create_future()
    loop.call_at(start + 1.5, done.set_result, "at 1.5")
    print(await done)

asyncio.run(main())
