# The playground allows `await` at the top level, like the asyncio REPL (python -m asyncio).
import asyncio

async def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        await asyncio.sleep(1)
        n -= 1
    return f"{name} done"

task = asyncio.create_task(countdown("background", 3))
print(await countdown("foreground", 2))
print(await task)
