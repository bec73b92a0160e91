import asyncio


async def step(name, seconds):
    print(f"{name} starts")
    await asyncio.sleep(seconds)
    print(f"{name} ends")


async def main():
    await step("first", 2)
    await step("second", 1)
    print("main ends")


asyncio.run(main())
