import asyncio

async def waiter(event, name):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} woke up")

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(1)
    print("setting the event")
    event.set()
    await asyncio.gather(*tasks)

asyncio.run(main())
