import asyncio

async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} after {seconds} s"

async def main():
    jobs = [download("big", 3), download("small", 1), download("medium", 2)]
    for next_done in asyncio.as_completed(jobs):
        print(await next_done)

asyncio.run(main())
