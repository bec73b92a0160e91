import asyncio
import time


async def handler():
    time.sleep(0.2)  # a blocking call hiding in a coroutine
    await asyncio.sleep(0.1)
    print("handled")


asyncio.run(handler(), debug=True)
