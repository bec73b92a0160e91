import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


DONE = None  # the sentinel: "nothing more will come"


async def reader(lines):
    for n in range(1, 7):
        await asyncio.sleep(0.1)  # a line arrives every 0.1 s
        await lines.put(f"line {n}")  # waits while the queue is full
        log(f"reader: put line {n}")
    await lines.put(DONE)


async def parser(lines, records):
    while (line := await lines.get()) is not DONE:
        await asyncio.sleep(0.5)  # parsing is five times slower than reading
        await records.put(line.replace("line", "record"))
    await records.put(DONE)  # pass the sentinel down the pipeline


async def writer(records):
    saved = 0
    while (record := await records.get()) is not DONE:
        await asyncio.sleep(0.1)
        saved += 1
        log(f"writer: saved {record}")
    return saved


async def main():
    lines = asyncio.Queue(maxsize=2)
    records = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(reader(lines))
        tg.create_task(parser(lines, records))
        saving = tg.create_task(writer(records))
    log(f"pipeline finished: {saving.result()} records saved")


asyncio.run(main())
