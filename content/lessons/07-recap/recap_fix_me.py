import asyncio
import time

start = time.perf_counter()


async def check_service(name):
    print(f"checking {name}...")
    time.sleep(1)  # this line keeps the checks from overlapping
    return f"{name}: ok"


async def main():
    results = await asyncio.gather(
        check_service("database"),
        check_service("cache"),
        check_service("search"),
    )
    print(results)
    print(f"All checks: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
