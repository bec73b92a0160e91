import asyncio
import re
from collections import Counter, deque
from urllib.parse import urldefrag, urljoin, urlsplit

from simweb import Client, HTTPError

HREF = re.compile(r'href="([^"]+)"')


def links_in(page_url, html):
    return [urldefrag(urljoin(page_url, href)).url for href in HREF.findall(html)]


async def crawl(client, start):
    seen = {start}  # every URL ever queued: each page is fetched once
    todo = deque([start])  # first in, first out: breadth-first
    pages = []
    while todo:
        url = todo.popleft()
        try:
            response = await client.get(url)
        except HTTPError:
            continue  # no such host: skip it for now
        if response.status_code != 200:
            continue
        pages.append(url)
        for link in links_in(url, response.text):
            if link not in seen:
                seen.add(link)
                todo.append(link)
    return pages, seen


async def main():
    async with Client() as client:
        pages, seen = await crawl(client, "https://docs.example/")
    print(f"{len(pages)} pages ({len(seen)} URLs tried)")
    for host, count in Counter(urlsplit(url).hostname for url in pages).items():
        print(f"  {host}: {count}")


asyncio.run(main())
