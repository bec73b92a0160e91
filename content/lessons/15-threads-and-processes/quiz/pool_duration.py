import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def resize(image):
    time.sleep(1)  # a blocking call to an image service
    return image


async def main():
    loop = asyncio.get_running_loop()
    images = ["a", "b", "c", "d", "e"]
    with ThreadPoolExecutor(max_workers=3) as pool:
        await asyncio.gather(
            *(loop.run_in_executor(pool, resize, image) for image in images)
        )


asyncio.run(main())
