import asyncio

async def who(delay):
    await asyncio.sleep(delay)
    print("I am", asyncio.current_task().get_name())

async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(who(0.2))
    t2 = asyncio.create_task(who(0.1), name="custom")
    t3 = asyncio.create_task(who(0.3))
    await asyncio.gather(t1, t2, t3)
    print(len(asyncio.all_tasks()))

asyncio.run(main())
