import asyncio
import re
from collections import defaultdict
from urllib.parse import urldefrag, urljoin, urlsplit

from simweb import Client, HTTPError, HTTPStatusError, TransportError

HREF = re.compile(r'href="([^"]+)"')
WORKERS = 5  # at most 5 requests in flight: one per worker
PER_HOST = 2  # and at most 2 to any one host
TIMEOUT = 3.0  # seconds for one request
ATTEMPTS = 3  # tries per URL: 1, then 2 retries


def links_in(page_url, html):
    return [urldefrag(urljoin(page_url, href)).url for href in HREF.findall(html)]


class Crawler:
    def __init__(self, client):
        self.client = client
        self.queue = asyncio.Queue()
        self.seen = set()
        self.pages = []
        self.hosts = defaultdict(lambda: asyncio.Semaphore(PER_HOST))
        self.found_on = {}  # URL -> the first page that links to it
        self.dead = {}  # URL -> why it failed

    def add(self, url, page=None):
        if url not in self.seen:
            self.seen.add(url)
            self.found_on[url] = page
            self.queue.put_nowait(url)

    async def fetch(self, url):
        async with self.hosts[urlsplit(url).hostname]:
            return await self.client.get(url, timeout=TIMEOUT)

    async def fetch_with_retries(self, url):
        for attempt in range(1, ATTEMPTS + 1):
            try:
                response = await self.fetch(url)
                response.raise_for_status()
                return response
            except (HTTPStatusError, TransportError) as error:
                # 404 and most other 4xx answers will not change; the rest may pass.
                retry = isinstance(error, TransportError) or error.response.status_code >= 500
                if not retry or attempt == ATTEMPTS:
                    raise
                delay = 0.1 * 2 ** (attempt - 1)
                print(f"  {type(error).__name__} for {url}, again in {delay} s")
            # Wait outside self.fetch: a retry holds no place at its host.
            await asyncio.sleep(delay)

    async def worker(self):
        while True:
            url = await self.queue.get()
            try:
                response = await self.fetch_with_retries(url)
                self.pages.append(url)
                for link in links_in(url, response.text):
                    self.add(link, url)
            except HTTPStatusError as error:
                self.dead[url] = error.response.status_code
            except HTTPError as error:
                self.dead[url] = type(error).__name__
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
    print(f"{len(crawler.pages)} pages")
    print(f"{len(crawler.dead)} dead links:")
    for url, why in sorted(crawler.dead.items()):
        print(f"  {url} ({why}), linked from {crawler.found_on[url]}")


asyncio.run(main())
