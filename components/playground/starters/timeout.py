import asyncio

async def slow_answer():
    await asyncio.sleep(5)
    return 42

async def main():
    try:
        async with asyncio.timeout(2):
            print(await slow_answer())
    except TimeoutError:
        print("gave up after 2 s")

asyncio.run(main())
