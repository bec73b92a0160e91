import asyncio


async def upload(name, seconds):
    print(f"{name}: connected")
    await asyncio.sleep(seconds)
    print(f"{name}: uploaded")
    await asyncio.sleep(0.1)  # say goodbye to the server
    print(f"{name}: closed")


async def check_quota():
    await asyncio.sleep(1)
    raise OSError("quota exceeded")


async def main():
    try:
        await asyncio.gather(upload("a", 0.5), upload("b", 3), check_quota())
    except OSError as error:
        print(f"upload failed: {error}")


asyncio.run(main())
