import asyncio
import re
from collections import Counter, defaultdict
from urllib.parse import urldefrag, urljoin, urlsplit

from simweb import Client, HTTPError

HREF = re.compile(r'href="([^"]+)"')
WORKERS = 5  # at most 5 requests in flight: one per worker
PER_HOST = 2  # and at most 2 to any one host


def links_in(page_url, html):
    return [urldefrag(urljoin(page_url, href)).url for href in HREF.findall(html)]


class Crawler:
    def __init__(self, client):
        self.client = client
        self.queue = asyncio.Queue()
        self.seen = set()
        self.pages = []
        self.hosts = defaultdict(lambda: asyncio.Semaphore(PER_HOST))

    def add(self, url):
        if url not in self.seen:
            self.seen.add(url)
            self.queue.put_nowait(url)

    async def fetch(self, url):
        async with self.hosts[urlsplit(url).hostname]:
            return await self.client.get(url)

    async def worker(self):
        while True:
            url = await self.queue.get()
            try:
                response = await self.fetch(url)
                if response.status_code == 200:
                    self.pages.append(url)
                    for link in links_in(url, response.text):
                        self.add(link)
            except HTTPError:
                pass  # no such host: see the next example
            finally:
                self.queue.task_done()  # even when the fetch failed

    async def crawl(self, start):
        self.add(start)
        async with asyncio.TaskGroup() as tg:
            workers = [tg.create_task(self.worker()) for _ in range(WORKERS)]
            await self.queue.join()  # every queued URL has been handled
            for task in workers:
                task.cancel()  # they wait forever on an empty queue


async def main():
    async with Client() as client:
        crawler = Crawler(client)
        await crawler.crawl("https://docs.example/")
    print(f"{len(crawler.pages)} pages ({len(crawler.seen)} URLs tried)")
    for host, count in Counter(urlsplit(url).hostname for url in crawler.pages).items():
        print(f"  {host}: {count}")


asyncio.run(main())
