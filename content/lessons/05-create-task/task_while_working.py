import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def download_report():
    log("download: started")
    await asyncio.sleep(2)
    log("download: finished")
    return "report.pdf"


async def main():
    task = asyncio.create_task(download_report())

    # Other work that also waits: three half-second steps.
    for step in range(1, 4):
        await asyncio.sleep(0.5)
        log(f"main: other work, step {step} done")

    log("main: now I need the report")
    report = await task
    log(f"main: got {report}")


asyncio.run(main())
