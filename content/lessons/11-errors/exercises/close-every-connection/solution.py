import asyncio


async def upload(name, seconds):
    print(f"{name}: connected")
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: uploaded")
    finally:
        await asyncio.sleep(0.1)  # say goodbye to the server
        print(f"{name}: closed")


async def check_quota():
    await asyncio.sleep(1)
    raise OSError("quota exceeded")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(upload("a", 0.5))
            tg.create_task(upload("b", 3))
            tg.create_task(check_quota())
    except* OSError as group:
        print(f"upload failed: {group.exceptions[0]}")


asyncio.run(main())
