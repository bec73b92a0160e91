import heapq
from collections import deque


class Sleep:
    def __init__(self, seconds):
        self.seconds = seconds

    def __await__(self):
        yield self  # "wake me in self.seconds": the loop sets a timer


class Task:
    def __init__(self, coro, loop):
        self.coro, self.loop = coro, loop
        self.done, self.result, self.waiters = False, None, []
        loop.ready.append(self)

    def step(self):
        try:
            request = self.coro.send(None)  # run to the next await
        except StopIteration as stop:
            self.done, self.result = True, stop.value
            self.loop.ready.extend(self.waiters)  # wake whoever awaits us
            return
        if isinstance(request, Sleep):
            self.loop.call_later(request.seconds, self)
        else:  # a Task we wait for
            request.waiters.append(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Loop:
    def __init__(self):
        self.now, self.ready, self.timers, self.count = 0.0, deque(), [], 0

    def call_later(self, delay, task):
        self.count += 1
        heapq.heappush(self.timers, (self.now + delay, self.count, task))

    def run(self, coro):
        main = Task(coro, self)
        while self.ready or self.timers:
            if not self.ready:  # nothing to do: jump the clock to the next timer
                self.now = self.timers[0][0]
                while self.timers and self.timers[0][0] == self.now:
                    self.ready.append(heapq.heappop(self.timers)[2])
            names = [t.coro.__name__ for t in self.ready]
            print(f"{self.now:.1f} s  ready: {names}")
            for _ in range(len(self.ready)):
                self.ready.popleft().step()
        return main.result


loop = Loop()


async def gather(*coros):
    tasks = [Task(c, loop) for c in coros]
    return [await t for t in tasks]


# The gather lesson's example, with Sleep for asyncio.sleep and our gather for asyncio.gather.
async def fetch_data(id):
    print(f"Fetching data {id}...")
    await Sleep(2)
    print(f"Data {id} fetched!")
    return f"Data {id}"


async def main():
    results = await gather(fetch_data(1), fetch_data(2), fetch_data(3))
    print(results)


loop.run(main())
