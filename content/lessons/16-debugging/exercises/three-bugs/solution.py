import asyncio
import time

started = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - started:.1f} s  {message}")


async def charge(order):
    await asyncio.sleep(1)  # the payment service
    log(f"order {order}: charged")


async def send_receipt(order):
    await asyncio.sleep(0.5)  # the mail server
    log(f"order {order}: receipt sent")


async def write_audit(order):
    await asyncio.sleep(2)  # the audit database
    log(f"order {order}: audit saved")


async def handle(order):
    audit = asyncio.create_task(write_audit(order))
    await charge(order)
    await send_receipt(order)
    await audit


async def main():
    async with asyncio.TaskGroup() as tg:
        for order in (1, 2):
            tg.create_task(handle(order))
    me = asyncio.current_task()
    left = [t.get_coro().__name__ for t in asyncio.all_tasks() if t is not me]
    log(f"main: done, still pending: {left}")


asyncio.run(main())
