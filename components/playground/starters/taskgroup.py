import asyncio

async def download(name, seconds):
    await asyncio.sleep(seconds)
    if name == "broken.txt":
        raise ValueError(f"{name} is corrupt")
    print(f"downloaded {name}")
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(download("a.txt", 1))
            group.create_task(download("broken.txt", 1.5))
            group.create_task(download("b.txt", 3))  # cancelled when broken.txt fails
    except* ValueError as errors:
        for error in errors.exceptions:
            print(f"failed: {error}")

asyncio.run(main())
