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
        await asyncio.gather(save_invoice(), validate_order())
    except ValueError as error:
        print(f"order failed: {error}")
    await asyncio.sleep(5)  # the program carries on with other work


asyncio.run(main())
