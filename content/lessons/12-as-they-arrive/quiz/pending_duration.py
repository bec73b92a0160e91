import asyncio


async def main():
    tasks = [asyncio.create_task(asyncio.sleep(s)) for s in (1, 3)]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print(f"{len(done)} done, {len(pending)} pending")
    await asyncio.gather(*pending)


asyncio.run(main())
