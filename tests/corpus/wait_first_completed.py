import asyncio

async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name

async def main():
    tasks = {asyncio.create_task(job(n, s)) for n, s in [("fast", 1), ("slow", 3), ("mid", 2)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.result() for t in done])
    print("pending:", len(pending))
    done, pending = await asyncio.wait(pending)
    print("then:", sorted(t.result() for t in done))

asyncio.run(main())
