import asyncio
import re
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

from simweb import Client

HREF = re.compile(r'href="([^"]+)"')


def links_in(page_url, html):
    return [urldefrag(urljoin(page_url, href)).url for href in HREF.findall(html)]


async def crawl(client, start):
    site = urlsplit(start).hostname  # stay on this site for now
    seen = {start}  # every URL ever queued: each page is fetched once
    todo = deque([start])  # first in, first out: breadth-first
    pages, elsewhere = [], set()
    while todo:
        url = todo.popleft()
        response = await client.get(url)
        if response.status_code != 200:
            continue  # a dead link: see stage 4
        pages.append(url)
        for link in links_in(url, response.text):
            if urlsplit(link).hostname != site:
                elsewhere.add(link)
            elif link not in seen:
                seen.add(link)
                todo.append(link)
    return pages, seen, elsewhere


async def main():
    async with Client() as client:
        pages, seen, elsewhere = await crawl(client, "https://docs.example/")
    print(f"{len(pages)} pages ({len(seen)} URLs tried)")
    print(f"first: {', '.join(urlsplit(url).path for url in pages[:6])}")
    print(f"{len(elsewhere)} links to other sites left for later")


asyncio.run(main())
