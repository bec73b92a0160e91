import asyncio

started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


async def player(name, loading, everyone):
    await asyncio.sleep(loading)  # load the level
    log(f"{name}: loaded, waiting for the others")
    await everyone.wait()  # blocks until 3 tasks are waiting here
    log(f"{name}: go!")


async def main():
    global started
    started = asyncio.get_running_loop().time()
    everyone = asyncio.Barrier(3)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(player("ann", 1.5, everyone))
        tg.create_task(player("ben", 0.5, everyone))
        tg.create_task(player("cat", 1.0, everyone))


asyncio.run(main())
