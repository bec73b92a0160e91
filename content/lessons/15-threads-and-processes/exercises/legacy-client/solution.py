import asyncio
import time

started = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - started:.1f} s  {message}")


def fetch_invoice(number):
    """The old billing client: each call blocks for a second."""
    time.sleep(1)
    return f"invoice {number}: paid"


async def ticker():
    for _ in range(3):
        await asyncio.sleep(0.3)
        log("tick")


async def main():
    ticking = asyncio.create_task(ticker())
    invoices = await asyncio.gather(
        *(asyncio.to_thread(fetch_invoice, n) for n in (101, 102, 103))
    )
    for invoice in invoices:
        log(invoice)
    await ticking


asyncio.run(main())
