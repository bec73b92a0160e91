import asyncio
import gc


async def wait_for_reply():
    reply = asyncio.get_running_loop().create_future()
    await reply  # nobody else holds this future, so nobody can answer
    print("got a reply")


async def main():
    asyncio.create_task(wait_for_reply())  # no reference kept
    await asyncio.sleep(0.1)
    gc.collect()  # a garbage collection that happens to run now
    print("main done")


asyncio.run(main())
