import asyncio

from simweb import Client

API = "https://api.example"
USER_IDS = [1, 2, 3, 42, 5, 6]


async def get_json(url):
    async with Client() as client:
        response = await client.get(url)
        if response.status_code == 404:
            return None
        response.raise_for_status()
        return response.json()


async def report(user_id):
    user = await get_json(f"{API}/users/{user_id}")
    if user is None:
        return f"user {user_id}: not found"
    posts = await get_json(f"{API}/users/{user_id}/posts")
    return f"user {user_id}: {user['name']}, {len(posts)} posts"


async def main():
    for user_id in USER_IDS:
        print(await report(user_id))


asyncio.run(main())
