import asyncio

async def job():
    try:
        print("job started")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("job cancelled")
        raise
    finally:
        print("job cleanup")

async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main saw the cancellation:", task.cancelled())

asyncio.run(main())
