import asyncio


async def fetch_weather():
    await asyncio.sleep(30)  # a very slow service
    return "sunny"


async def main():
    weather = await fetch_weather()
    print(f"weather: {weather}")


asyncio.run(main())
