import asyncio
import time


async def main():
    print("blocking the loop for 0.2 s")
    time.sleep(0.2)  # a blocking call: the loop cannot run anything else meanwhile
    await asyncio.sleep(0.1)
    print("done")


asyncio.run(main(), debug=True)
