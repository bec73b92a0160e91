import asyncio
import time


async def check_service(name):
    print(f"checking {name}...")
    time.sleep(1)
    return f"{name}: ok"


async def main():
    results = await asyncio.gather(
        check_service("database"),
        check_service("cache"),
        check_service("search"),
    )
    print(results)
    return results


asyncio.run(main())
