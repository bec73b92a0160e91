class Pause:
    """An awaitable: `await Pause()` runs its __await__ generator."""

    def __await__(self):
        reply = yield "paused here"
        return reply


async def greet():
    print("greet: started")
    answer = await Pause()
    print("greet: resumed with", answer)
    return "greet is done"


coro = greet()
print("send(None) ->", coro.send(None))
try:
    coro.send(42)
except StopIteration as stop:
    print("StopIteration carries", repr(stop.value))
