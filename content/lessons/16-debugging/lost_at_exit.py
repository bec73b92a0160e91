import asyncio

started = 0.0


def log(message):
    elapsed = asyncio.get_running_loop().time() - started
    print(f"{elapsed:.1f} s  {message}")


async def send_email(address):
    await asyncio.sleep(1)
    log(f"email sent to {address}")


async def main():
    global started
    started = asyncio.get_running_loop().time()
    asyncio.create_task(send_email("ada@example.com"))  # fire and forget
    await asyncio.sleep(0.5)
    log("main: returns")


asyncio.run(main())
