import asyncio

# name: (seconds until the answer, price)
QUOTES = {
    "alpha": (1.2, 104),
    "bravo": (5, 99),
    "charlie": (0.5, 110),
    "delta": (1.8, 101),
    "echo": (2.5, 97),
}


async def quote(name, seconds, price):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    return price


async def main():
    tasks = [
        asyncio.create_task(quote(name, seconds, price), name=name)
        for name, (seconds, price) in QUOTES.items()
    ]
    try:
        async with asyncio.timeout(2):
            async for task in asyncio.as_completed(tasks):
                print(f"{task.get_name()}: {task.result()}")
    except TimeoutError:
        pass
    for task in tasks:
        task.cancel()  # does nothing to a task that is already done
    await asyncio.wait(tasks)

    print("saving...")
    await asyncio.sleep(1)
    print("saved")


asyncio.run(main())
