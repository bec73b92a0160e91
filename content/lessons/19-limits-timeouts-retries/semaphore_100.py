import asyncio
import time

from simweb import Client

COUNT = 100  # comments 1 to 100
in_flight = 0
most_in_flight = 0


async def fetch(n, client, limit):
    global in_flight, most_in_flight
    async with limit:  # wait here until one of the 10 places is free
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        try:
            url = f"https://api.example/comments/{n}"
            response = await client.get(url)
        finally:
            in_flight -= 1
    return response.status_code


async def main():
    limit = asyncio.Semaphore(10)
    start = time.perf_counter()
    async with Client() as client:
        statuses = await asyncio.gather(
            *(fetch(n, client, limit) for n in range(1, COUNT + 1))
        )
    print(f"{statuses.count(200)} of {COUNT} answered 200")
    print(f"at most {most_in_flight} requests in flight")
    print(f"{time.perf_counter() - start:.1f} s")


asyncio.run(main())
