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
    prices = await asyncio.gather(*tasks)
    for task, price in zip(tasks, prices):
        print(f"{task.get_name()}: {price}")

    print("saving...")
    await asyncio.sleep(1)
    print("saved")


asyncio.run(main())
