import asyncio
import time


def legacy_call():
    time.sleep(1)  # a blocking call


async def main():
    await asyncio.gather(
        asyncio.to_thread(legacy_call),
        asyncio.to_thread(legacy_call),
        asyncio.sleep(1),
    )
    legacy_call()  # called directly, in the event loop's thread


asyncio.run(main())
