import asyncio

balance = 100  # one card account, shared by three shoppers


async def buy(name, price, lock):
    global balance
    await asyncio.sleep(1)  # pick the item in the shop
    async with lock:  # the check and the update, one shopper at a time
        if balance >= price:
            await asyncio.sleep(0.5)  # the card terminal asks the bank
            balance -= price
            print(f"{name}: paid {price}, balance {balance}")
        else:
            print(f"{name}: declined, balance {balance}")


async def main():
    lock = asyncio.Lock()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(buy("ann", 40, lock))
        tg.create_task(buy("ben", 40, lock))
        tg.create_task(buy("cat", 40, lock))
    print(f"final balance: {balance}")


asyncio.run(main())
