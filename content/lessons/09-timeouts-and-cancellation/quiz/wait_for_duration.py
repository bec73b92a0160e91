import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=2)
    except TimeoutError:
        print("gave up")


asyncio.run(main())
