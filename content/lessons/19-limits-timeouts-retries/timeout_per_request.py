import asyncio

from simweb import Client

WEATHER = "https://weather.example"
CITIES = ["paris", "lagos", "lima", "oslo", "tokyo", "cairo", "quito", "perth"]


async def forecast(client, city):
    try:
        async with asyncio.timeout(0.5):  # at most 0.5 s for this one
            response = await client.get(f"{WEATHER}/cities/{city}")
            weather = response.json()
        return f"{city}: {weather['temp']} °C, {weather['sky']}"
    except TimeoutError:
        return f"{city}: no answer in time"


async def main():
    async with Client() as client:
        lines = await asyncio.gather(
            *(forecast(client, city) for city in CITIES)
        )
    for line in lines:
        print(line)


asyncio.run(main())
