import asyncio
import time


def blocking_call():
    time.sleep(1)


async def main():
    await asyncio.gather(
        asyncio.to_thread(blocking_call),
        asyncio.to_thread(blocking_call),
    )


asyncio.run(main())
