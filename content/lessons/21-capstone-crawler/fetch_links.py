import asyncio
import re
from urllib.parse import urldefrag, urljoin

from simweb import Client

# Good enough for simple pages; for real HTML use html.parser or a library such as lxml.
HREF = re.compile(r'href="([^"]+)"')


def absolute(page_url, href):
    """The link as a full URL, without its #fragment (the same page)."""
    return urldefrag(urljoin(page_url, href)).url


async def main():
    url = "https://docs.example/guide/9"
    async with Client() as client:
        response = await client.get(url)
    print(response.status_code, url)
    for href in HREF.findall(response.text):
        print(f"  {href:34} -> {absolute(url, href)}")


asyncio.run(main())
