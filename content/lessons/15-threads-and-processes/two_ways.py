import asyncio
import functools
import time

started = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - started:.1f} s  {message}")


def fetch_rates(currency, retries=0):
    time.sleep(1)  # the old HTTP client blocks while it waits
    return f"{currency} rates (retries={retries})"


async def main():
    loop = asyncio.get_running_loop()
    log("asking for two currencies")
    usd = functools.partial(fetch_rates, "USD", retries=2)
    euro, dollar = await asyncio.gather(
        asyncio.to_thread(fetch_rates, "EUR", retries=2),
        loop.run_in_executor(None, usd),
    )
    log(euro)
    log(dollar)


asyncio.run(main())
