import asyncio

from simweb import Client


class TokenBucket:
    """At most `rate` acquisitions a second, in bursts of up to `capacity`."""

    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = None

    async def acquire(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            if self.updated is not None:
                refill = (now - self.updated) * self.rate
                self.tokens = min(self.capacity, self.tokens + refill)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)


async def fetch(client, bucket, n):
    await bucket.acquire()
    response = await client.get("https://api.example/limited")
    return response.status_code


async def main():
    # 4 a second: under the server's limit of 5.
    bucket = TokenBucket(rate=4, capacity=1)
    async with Client() as client:
        statuses = await asyncio.gather(
            *(fetch(client, bucket, n) for n in range(12))
        )
    print(statuses)
    print(f"{statuses.count(429)} rate-limited")


asyncio.run(main())
