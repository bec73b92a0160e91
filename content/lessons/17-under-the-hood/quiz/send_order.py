class Step:
    def __await__(self):
        print("B")
        got = yield
        print("D", got)


async def job():
    print("A")
    await Step()
    print("E")


coro = job()
coro.send(None)
print("C")
try:
    coro.send("x")
except StopIteration:
    print("F")
