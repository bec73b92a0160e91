import asyncio
import time

from simweb import Client

URLS = [f"https://api.example/comments/{i}" for i in range(1, 101)]
in_flight = 0
most_in_flight = 0


async def fetch(client, limit, url):
    global in_flight, most_in_flight
    async with limit:  # wait here until one of the 10 places is free
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        try:
            response = await client.get(url)
        finally:
            in_flight -= 1
    return response.status_code


async def main():
    limit = asyncio.Semaphore(10)
    start = time.perf_counter()
    async with Client() as client:
        statuses = await asyncio.gather(
            *(fetch(client, limit, url) for url in URLS)
        )
    print(f"{statuses.count(200)} of {len(URLS)} answered 200")
    print(f"at most {most_in_flight} requests in flight")
    print(f"{time.perf_counter() - start:.1f} s")


asyncio.run(main())
