import asyncio


async def download_report():
    print("download: started")
    await asyncio.sleep(2)
    print("download: finished")
    return "report.pdf"


async def main():
    report = await download_report()

    for step in range(1, 4):
        await asyncio.sleep(0.5)  # other work that also waits
        print(f"main: other work, step {step} done")

    print(f"main: got {report}")


asyncio.run(main())
