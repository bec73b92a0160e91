import asyncio


async def fail(error):
    await asyncio.sleep(1)
    raise error


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("bad value")))
            tg.create_task(fail(KeyError("missing")))
    except* ValueError:
        print("handled the ValueError")
    print("main goes on")


asyncio.run(main())
