import asyncio
import time

def crunch(n):
    time.sleep(0.5)
    return sum(range(n))

async def main():
    loop = asyncio.get_running_loop()
    first = await loop.run_in_executor(None, crunch, 10)
    print("first", first)
    both = await asyncio.gather(
        loop.run_in_executor(None, crunch, 100),
        loop.run_in_executor(None, crunch, 1000),
    )
    print("both", both)

asyncio.run(main())
