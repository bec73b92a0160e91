import asyncio

from simweb import Client

API = "https://api.example"


async def main():
    async with Client() as client:
        response = await client.get(f"{API}/users/3")
        print(response.status_code, response.headers["content-type"])
        user = response.json()  # the body, parsed: a dict here
        print(f"{user['name']} lives in {user['city']}")

        response = await client.get(f"{API}/users/{user['id']}/posts")
        posts = response.json()  # a list of dicts
        print(f"{len(posts)} posts, the first: {posts[0]['title']!r}")

        new_post = {"user": 3, "title": "Hello"}
        response = await client.post(f"{API}/posts", json=new_post)
        print(response.status_code, response.json())


asyncio.run(main())
