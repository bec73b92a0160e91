import asyncio


async def fetch_weather():
    await asyncio.sleep(30)  # a very slow service
    return "sunny"


async def main():
    try:
        async with asyncio.timeout(2):
            weather = await fetch_weather()
    except TimeoutError:
        weather = "unavailable"
    print(f"weather: {weather}")


asyncio.run(main())
