import asyncio


async def background():
    print("background runs")
    await asyncio.sleep(1)
    print("background done")


async def main():
    task = asyncio.create_task(background())
    print("task created")
    await asyncio.sleep(0.5)
    print("main woke up")
    await task
    print("all done")


asyncio.run(main())
