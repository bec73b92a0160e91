import asyncio

async def step(name):
    await asyncio.sleep(0.5)
    print("step", name)
    return name

with asyncio.Runner() as runner:
    runner.run(step("one"))
    runner.run(step("two"))
    print(runner.get_loop().is_running())
