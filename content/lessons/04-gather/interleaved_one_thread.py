import asyncio
import threading


async def worker(name, steps):
    for step in range(1, steps + 1):
        thread = threading.current_thread().name
        print(f"{name} step {step} (running in {thread})")
        await asyncio.sleep(0.5)  # the only point where the other can run
    return f"{name} finished"


async def main():
    results = await asyncio.gather(worker("A", 3), worker("B", 3))
    print(results)


asyncio.run(main())
