import asyncio


class Doorbell:
    def __init__(self):
        self.listeners = []

    def on_ring(self, callback):
        self.listeners.append(callback)

    def ring(self, visitor):
        listeners, self.listeners = self.listeners, []
        for callback in listeners:
            callback(visitor)


async def next_ring(bell):
    visitors = []
    bell.on_ring(visitors.append)
    while not visitors:
        await asyncio.sleep(1)  # checks once a second: late by up to a second
    return visitors[0]


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    bell = Doorbell()
    loop.call_later(0.5, bell.ring, "Ada")
    visitor = await next_ring(bell)
    print(f"{loop.time() - start:.1f} s  {visitor} is at the door")
    loop.call_later(1.2, bell.ring, "Grace")
    visitor = await next_ring(bell)
    print(f"{loop.time() - start:.1f} s  {visitor} is at the door")


asyncio.run(main())
