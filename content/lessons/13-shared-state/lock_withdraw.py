import asyncio

balance = 100  # the shared account, in euros
started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


async def withdraw(name, amount, lock):
    global balance
    async with lock:  # one withdrawal at a time from here ...
        log(f"{name}: balance is {balance}, wants {amount}")
        if balance >= amount:
            await asyncio.sleep(0.5)  # the bank approves the payment
            balance -= amount
            log(f"{name}: took {amount}, balance now {balance}")
        else:
            log(f"{name}: refused, not enough money")
    # ... to here: leaving the block lets the next one in.


async def main():
    global started
    started = asyncio.get_running_loop().time()
    lock = asyncio.Lock()  # one lock, shared by every withdrawal
    async with asyncio.TaskGroup() as tg:
        tg.create_task(withdraw("alice", 80, lock), name="alice")
        tg.create_task(withdraw("bob", 80, lock), name="bob")
    log(f"final balance: {balance}")


asyncio.run(main())
