import asyncio

async def greet():
    print("hello")

async def main():
    greet()
    print("forgot to await greet()")
    await greet()

asyncio.run(main())
