import asyncio
import re
from collections import deque
from urllib.parse import urldefrag, urljoin

from simweb import Client, HTTPError

HREF = re.compile(r'href="([^"]+)"')


def links_in(page_url, html):
    return [urldefrag(urljoin(page_url, href)).url for href in HREF.findall(html)]


async def crawl(client, start):
    seen = {start}
    todo = deque([start])
    pages, dead = [], []
    while todo:
        url = todo.popleft()
        try:
            response = await client.get(url)
            response.raise_for_status()
        except HTTPError:
            dead.append(url)
            continue
        pages.append(url)
        for link in links_in(url, response.text):
            if link not in seen:
                seen.add(link)
                todo.append(link)
    return pages, dead


async def main():
    async with Client() as client:
        pages, dead = await crawl(client, "https://docs.example/")
    print(f"{len(pages)} pages, {len(dead)} dead links")


asyncio.run(main())
