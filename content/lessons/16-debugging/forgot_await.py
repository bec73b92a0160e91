import asyncio


async def save(record):
    await asyncio.sleep(0.5)
    print(f"saved {record}")


async def main():
    save("order 1")  # the await is missing
    await save("order 2")
    print("main done")


asyncio.run(main())
