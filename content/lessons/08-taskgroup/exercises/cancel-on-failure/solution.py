import asyncio


async def save_invoice():
    try:
        await asyncio.sleep(3)
        print("invoice: saved")
    except asyncio.CancelledError:
        print("invoice: cancelled")
        raise


async def validate_order():
    await asyncio.sleep(1)
    raise ValueError("invalid order")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(save_invoice())
            tg.create_task(validate_order())
    except* ValueError as group:
        print(f"order failed: {group.exceptions[0]}")
    await asyncio.sleep(5)  # the program carries on with other work


asyncio.run(main())
