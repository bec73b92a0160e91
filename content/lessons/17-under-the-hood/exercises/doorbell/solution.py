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
    future = asyncio.get_running_loop().create_future()
    bell.on_ring(future.set_result)  # the ring completes the future
    return await future


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
