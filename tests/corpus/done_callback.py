import asyncio

def report(task):
    print(f"callback: {task.get_name()} -> {task.result()}")

async def work(x):
    await asyncio.sleep(x)
    return x * 2

async def main():
    t = asyncio.create_task(work(1))
    t.add_done_callback(report)
    print("awaited:", await t)
    await asyncio.sleep(0)

asyncio.run(main())
