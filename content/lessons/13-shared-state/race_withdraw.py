import asyncio

balance = 100  # the shared account, in euros
started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


async def withdraw(name, amount):
    global balance
    log(f"{name}: balance is {balance}, wants {amount}")
    if balance >= amount:  # check ...
        await asyncio.sleep(0.5)  # ... the bank approves the payment ...
        balance -= amount  # ... act
        log(f"{name}: took {amount}, balance now {balance}")
    else:
        log(f"{name}: refused, not enough money")


async def main():
    global started
    started = asyncio.get_running_loop().time()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(withdraw("alice", 80), name="alice")
        tg.create_task(withdraw("bob", 80), name="bob")
    log(f"final balance: {balance}")


asyncio.run(main())
