import asyncio
import os
import tempfile
import time

PATH = os.path.join(tempfile.gettempdir(), "report.txt")
with open(PATH, "w", encoding="utf-8") as file:  # a file to read back
    file.write("sales,42\n" * 1000)

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


def read_report():
    # Files here live in memory and answer at once: this sleep stands in
    # for a slow disk or a network drive.
    time.sleep(1)
    with open(PATH, encoding="utf-8") as file:
        return file.read()


async def ticker():
    while True:
        await asyncio.sleep(0.4)
        log("tick")


async def main():
    task = asyncio.create_task(ticker())
    await asyncio.sleep(1)  # the ticker runs freely meanwhile

    log("reading the file directly")
    text = read_report()  # blocks: the whole event loop waits for the disk
    log(f"got {len(text)} characters")

    log("reading the file with to_thread")
    text = await asyncio.to_thread(read_report)  # a worker thread waits instead
    log(f"got {len(text)} characters")

    task.cancel()


asyncio.run(main())
os.remove(PATH)
