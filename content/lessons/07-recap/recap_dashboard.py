import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def fetch(name, seconds):
    log(f"fetching {name}...")
    await asyncio.sleep(seconds)  # stands in for a network call
    log(f"{name} arrived")
    return f"{name} data"


async def main():
    # Background work we don't need until the very end.
    notifications = asyncio.create_task(fetch("notifications", 2.5))

    # Three independent fetches we need together: run them concurrently.
    user, orders, weather = await asyncio.gather(
        fetch("user", 1),
        fetch("orders", 2),
        fetch("weather", 1.5),
    )
    log(f"building the page from {user}, {orders}, {weather}")

    # Now collect the background task's result.
    log(f"adding {await notifications}")
    log("page ready")


asyncio.run(main())
