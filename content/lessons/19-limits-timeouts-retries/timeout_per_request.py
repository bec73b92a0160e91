import asyncio

from simweb import Client

CITIES = ["paris", "lagos", "lima", "oslo", "tokyo", "cairo", "quito", "perth"]


async def forecast(client, city):
    try:
        async with asyncio.timeout(0.45):  # this request may take at most 0.45 s
            response = await client.get(f"https://weather.example/cities/{city}")
            weather = response.json()
        return f"{city}: {weather['temp']} °C, {weather['sky']}"
    except TimeoutError:
        return f"{city}: no answer in time"


async def main():
    async with Client() as client:
        for line in await asyncio.gather(*(forecast(client, city) for city in CITIES)):
            print(line)


asyncio.run(main())
