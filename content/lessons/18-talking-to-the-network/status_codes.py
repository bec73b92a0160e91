import asyncio

from simweb import Client, ConnectError, HTTPStatusError

API = "https://api.example"


async def find_user(client, user_id):
    response = await client.get(f"{API}/users/{user_id}")
    if response.status_code == 404:
        return None  # an answer we expect: no such user
    response.raise_for_status()  # any other 4xx or 5xx is an error
    return response.json()["name"]


async def main():
    async with Client() as client:
        print("user 2:", await find_user(client, 2))
        print("user 42:", await find_user(client, 42))

        response = await client.get(f"{API}/status/503")
        print(response, response.is_success)
        try:
            response.raise_for_status()
        except HTTPStatusError as error:
            print("HTTPStatusError:", error)

        try:
            await client.get("https://gone.example/")
        except ConnectError as error:
            print("ConnectError:", error)

        response = await client.get(f"{API}/page")
        try:
            response.json()
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            print(f"not JSON ({response.headers['content-type']}): {error}")


asyncio.run(main())
