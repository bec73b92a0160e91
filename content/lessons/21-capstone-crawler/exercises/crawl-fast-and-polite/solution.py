import asyncio
import re
from collections import defaultdict
from urllib.parse import urldefrag, urljoin, urlsplit

from simweb import Client, HTTPError

HREF = re.compile(r'href="([^"]+)"')


def links_in(page_url, html):
    return [urldefrag(urljoin(page_url, href)).url for href in HREF.findall(html)]


async def crawl(client, start, workers=5, per_host=2):
    queue = asyncio.Queue()
    seen = {start}
    pages, dead = [], []
    hosts = defaultdict(lambda: asyncio.Semaphore(per_host))
    queue.put_nowait(start)

    async def worker():
        while True:
            url = await queue.get()
            try:
                async with hosts[urlsplit(url).hostname]:
                    response = await client.get(url)
                response.raise_for_status()
                pages.append(url)
                for link in links_in(url, response.text):
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
            except HTTPError:
                dead.append(url)
            finally:
                queue.task_done()

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker()) for _ in range(workers)]
        await queue.join()
        for task in tasks:
            task.cancel()
    return pages, dead


async def main():
    async with Client() as client:
        pages, dead = await crawl(client, "https://docs.example/")
    print(f"{len(pages)} pages, {len(dead)} dead links")


asyncio.run(main())
