import asyncio

class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.5)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.5)
        print(f"close {self.name} (error: {exc_type.__name__ if exc_type else None})")
        return False

async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    try:
        async with Connection("cache"):
            raise KeyError("miss")
    except KeyError:
        print("handled the miss")

asyncio.run(main())
