import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    future = loop.create_future()
    print("done?", future.done())
    # In 2 s the loop will call future.set_result("ding").
    loop.call_later(2, future.set_result, "ding")
    value = await future
    print(f"got {value!r} after {loop.time() - start:.0f} s")
    print("done?", future.done(), "result:", future.result())


asyncio.run(main())
