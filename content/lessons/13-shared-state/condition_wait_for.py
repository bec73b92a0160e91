import asyncio

balance = 0
started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


def enough_for_rent():
    log(f"rent: checks the balance, {balance}")
    return balance >= 100


async def pay_rent(changed):
    global balance
    async with changed:
        await changed.wait_for(enough_for_rent)  # until it returns True
        balance -= 100
        log(f"rent: paid 100, balance now {balance}")


async def deposit(amount, delay, changed):
    global balance
    await asyncio.sleep(delay)
    async with changed:
        balance += amount
        log(f"deposit: +{amount}")
        changed.notify_all()  # wake the waiters to check again


async def main():
    global started
    started = asyncio.get_running_loop().time()
    changed = asyncio.Condition()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(pay_rent(changed))
        tg.create_task(deposit(40, 0.5, changed))
        tg.create_task(deposit(30, 1.0, changed))
        tg.create_task(deposit(50, 1.5, changed))


asyncio.run(main())
