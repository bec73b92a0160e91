import asyncio
import time


async def job(name):
    print(f"{name} started")
    time.sleep(1)  # waits for a slow service
    print(f"{name} finished")


async def main():
    await asyncio.gather(job("A"), job("B"), job("C"))


asyncio.run(main())
