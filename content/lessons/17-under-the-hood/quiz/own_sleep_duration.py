import asyncio


async def my_sleep(seconds):
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(seconds, future.set_result, None)
    await future


async def twice():
    await my_sleep(1)
    await my_sleep(1)


async def main():
    await asyncio.gather(twice(), my_sleep(1.5))


asyncio.run(main())
