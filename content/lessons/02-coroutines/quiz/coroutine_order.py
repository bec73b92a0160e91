import asyncio


async def greet():
    print("inside greet")
    return "hi"


async def main():
    coro = greet()
    print("created the coroutine")
    value = await coro
    print(f"greet returned {value}")


print("before run")
asyncio.run(main())
print("after run")
