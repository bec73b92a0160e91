"""simweb: the course's simulated web. Nothing here touches a real network.

Programs in the course run in the reader's browser, offline, on a virtual clock, so real HTTP
requests would be neither possible nor repeatable. This module imitates a small web and a client
whose API follows `httpx.AsyncClient`, so the code reads like real code:

    import asyncio
    from simweb import Client            # real code: from httpx import AsyncClient as Client

    async def main():
        async with Client() as client:
            r = await client.get("https://api.example/users/1")
            r.raise_for_status()
            print(r.json()["name"])

    asyncio.run(main())

A request waits with `asyncio.sleep`, so its latency is virtual time in the course's engine (a
0.3 s request costs no wall time) and real time under CPython (the lesson recorder runs this same
file). Every choice that looks random (latency ranges, failures with a probability) comes from a
`random.Random` seeded per route: the same program gives the same results on every run.

The default web (`simweb.web`, used when a Client is given no `web=`)
----------------------------------------------------------------------
Every host takes 0.1 s to connect to (see Connections below) and then its latency to answer.
https://api.example (JSON; latency 0.1 s)
    GET  /users                 10 users: [{"id": 1, "name": "Ada"}, ...]
    GET  /users/{id}            one user (id 1-10) with email and city; 404 for any other id
    GET  /users/{id}/posts      that user's posts (5 each)
    GET  /posts/{id}            post 1-50: {"id", "user", "title"}; 404 otherwise
    GET  /comments/{id}         comment 1-100: {"id", "post", "text"}; 404 otherwise
    POST /posts                 201 with {"id": 51, ...the JSON sent}
    POST /echo                  200 with the JSON sent
    GET  /status/{code}         answers with that status code (e.g. /status/503)
    GET  /delay/{seconds}       answers after that many seconds instead of 0.1
    GET  /flaky                 every 3rd call answers 503 Service Unavailable
    GET  /unreliable            fails with 503 with probability 0.3 (seeded)
    GET  /limited               at most 5 calls per second; more get 429 with Retry-After: 1
    GET  /page                  an HTML page, not JSON (r.json() raises JSONDecodeError)
https://weather.example (JSON; latency 0.05-0.5 s, seeded)
    GET  /cities                the 8 city names
    GET  /cities/{name}         {"city", "temp", "sky"}; 404 for an unknown city
https://docs.example, https://blog.example, https://slow.example (HTML pages with links)
    docs.example: / and /guide/1 ... /guide/24 (0.1 s each); blog.example: / and /posts/1 ...
    /posts/20 (0.15 s each); slow.example: / and /archive/1 ... /archive/6, 1.5 s each and at
    most 2 connections at once. 53 pages in all that link to each other (relative and absolute
    links, some with #fragments: the same page under several URLs), plus dead links: 404 pages
    (/guide/99, /posts/404, /old-page) and a host that does not exist (https://gone.example/).
Any other host fails like a name that does not resolve: ConnectError.

Declaring your own web
----------------------
    web = Web(seed=1)                                   # empty; Web(default_sites=True) copies the above
    shop = web.host("shop.example", latency=0.2, connections=3)
    shop.route("GET", "/items/{id}", lambda request, id: {"id": int(id)})
    shop.route("GET", "/stock", json={"left": 4}, latency=(0.1, 0.4))   # seeded uniform latency
    shop.route("GET", "/cart", json={}, fail_every=3)                   # 3rd, 6th, ... call: 503
    shop.route("GET", "/pay", json={}, fail_rate=0.2, failure="timeout") # 20%: never answers
    shop.route("GET", "/search", json=[], rate_limit=(5, 1.0))          # 5 a second, then 429
    async with Client(web=web) as client: ...

Behaviour (on a host, or on a route, which overrides its host): `latency` seconds, or a (low,
high) range drawn per request; `fail_every=N` or `fail_rate=p` with `failure` = a status code
(default 503), "connect" (ConnectError) or "timeout" (no answer for an hour: the client's timeout
fires); `rate_limit=(calls, seconds)`: more calls than that in one window of `seconds` answer 429
with a Retry-After header; `connections=N` (hosts only): at most N requests served at once, the
others wait for a free connection. A handler gets the Request and the path's `{names}`, and
returns a dict or list (JSON), a str (HTML), or a Response.

Connections: a Client keeps the connections it opened, as a real client's pool does. A request
takes a free one to its host if there is one; otherwise it first connects, which costs the host's
`connect` time (0.1 s unless set) before the latency. So the first request to a host takes 0.1 s
longer, and a program that makes a new Client for each request pays that every time.

Errors are the ones httpx raises: ConnectError, ConnectTimeout/ReadTimeout/PoolTimeout (all
TimeoutException), UnsupportedProtocol, InvalidURL, HTTPStatusError from raise_for_status(), and
json.JSONDecodeError from r.json() on a body that is not JSON.
"""

import asyncio
import json as _json
import random
import re
import sys
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

__all__ = [
    "Client",
    "AsyncClient",
    "Web",
    "Host",
    "Request",
    "Response",
    "URL",
    "web",
    "HTTPError",
    "RequestError",
    "TransportError",
    "TimeoutException",
    "ConnectTimeout",
    "ReadTimeout",
    "PoolTimeout",
    "NetworkError",
    "ConnectError",
    "UnsupportedProtocol",
    "InvalidURL",
    "HTTPStatusError",
]

# How long a name that does not resolve takes to fail, and how long "never answers" lasts.
DNS_FAILURE_DELAY = 0.05
NO_ANSWER = 3600.0
DEFAULT_TIMEOUT = 5.0  # as httpx

REASONS = {
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    409: "Conflict",
    418: "I'm a teapot",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


# ---------- errors (httpx's names and hierarchy) ----------


class HTTPError(Exception):
    """Base of every error a request can raise."""

    def __init__(self, message, *, request=None):
        super().__init__(message)
        self.request = request


class RequestError(HTTPError):
    """The request could not be completed (no response)."""


class TransportError(RequestError):
    pass


class TimeoutException(TransportError):
    pass


class ConnectTimeout(TimeoutException):
    pass


class ReadTimeout(TimeoutException):
    pass


class PoolTimeout(TimeoutException):
    pass


class NetworkError(TransportError):
    pass


class ConnectError(NetworkError):
    pass


class UnsupportedProtocol(TransportError):
    pass


class InvalidURL(Exception):
    pass


class HTTPStatusError(HTTPError):
    """raise_for_status() on a 4xx or 5xx response."""

    def __init__(self, message, *, request, response):
        super().__init__(message, request=request)
        self.response = response


# ---------- URLs, requests, responses ----------


class URL:
    """A parsed absolute http(s) URL; compares equal to its string."""

    def __init__(self, url):
        if isinstance(url, URL):
            url = str(url)
        if not isinstance(url, str):
            raise TypeError(f"Invalid type for url.  Expected str or URL, got {type(url)}: {url!r}")
        if any(ord(c) < 33 or ord(c) == 127 for c in url):
            raise InvalidURL(f"Invalid non-printable ASCII character in URL {url!r}")
        try:
            parts = urlsplit(url)
        except ValueError as exc:
            raise InvalidURL(f"Invalid URL {url!r}: {exc}") from None
        if not parts.scheme:
            raise UnsupportedProtocol(
                "Request URL is missing an 'http://' or 'https://' protocol."
            )
        if parts.scheme not in ("http", "https"):
            raise UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{parts.scheme}://'."
            )
        if not parts.hostname:
            raise InvalidURL(f"Invalid URL {url!r}: no host")
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.path = parts.path or "/"
        self.query = parts.query
        self.fragment = parts.fragment
        netloc = self.host if parts.port is None else f"{self.host}:{parts.port}"
        text = f"{self.scheme}://{netloc}{self.path}"
        if self.query:
            text += "?" + self.query
        self._text = text

    @property
    def params(self):
        return dict(parse_qsl(self.query))

    def join(self, url):
        return URL(urljoin(self._text, str(url)))

    def __str__(self):
        return self._text

    def __repr__(self):
        return f"URL({self._text!r})"

    def __eq__(self, other):
        return str(self) == str(other) if isinstance(other, (URL, str)) else NotImplemented

    def __hash__(self):
        return hash(self._text)


class Headers(dict):
    """Header names are case-insensitive (stored lower-case)."""

    def __init__(self, items=None):
        super().__init__()
        for k, v in dict(items or {}).items():
            self[k] = v

    def __setitem__(self, key, value):
        super().__setitem__(str(key).lower(), str(value))

    def __getitem__(self, key):
        return super().__getitem__(str(key).lower())

    def __contains__(self, key):
        return super().__contains__(str(key).lower())

    def get(self, key, default=None):
        return super().get(str(key).lower(), default)


class Request:
    def __init__(self, method, url, *, headers=None, json=None, content=None):
        self.method = method.upper()
        self.url = url
        self.headers = Headers(headers)
        if json is not None:
            content = _json.dumps(json)
            self.headers.setdefault("content-type", "application/json")
        self.content = (content or "").encode() if isinstance(content or "", str) else content

    def json(self):
        return _json.loads(self.content)

    def __repr__(self):
        return f"<Request({self.method!r}, {str(self.url)!r})>"


_MISSING = object()


class Response:
    """What a request returns. Handlers may build one: Response(404, json={...})."""

    def __init__(self, status_code=200, *, json=_MISSING, text=None, headers=None):
        self.status_code = int(status_code)
        self.headers = Headers(headers)
        if json is not _MISSING:
            text = _json.dumps(json)
            self.headers.setdefault("content-type", "application/json")
        elif text is not None:
            self.headers.setdefault("content-type", "text/html; charset=utf-8")
        self.text = text or ""
        self.request = None
        self.url = None

    @property
    def content(self):
        return self.text.encode()

    @property
    def reason_phrase(self):
        return REASONS.get(self.status_code, "")

    @property
    def is_success(self):
        return 200 <= self.status_code < 300

    @property
    def is_client_error(self):
        return 400 <= self.status_code < 500

    @property
    def is_server_error(self):
        return 500 <= self.status_code < 600

    @property
    def is_error(self):
        return 400 <= self.status_code < 600

    def json(self):
        """The body parsed as JSON; json.JSONDecodeError (a ValueError) if it is not JSON."""
        return _json.loads(self.text)

    def raise_for_status(self):
        """Raises HTTPStatusError for a 4xx or 5xx answer; returns the response otherwise."""
        if self.is_error:
            kind = "Client error" if self.is_client_error else "Server error"
            raise HTTPStatusError(
                f"{kind} '{self.status_code} {self.reason_phrase}' for url '{self.url}'",
                request=self.request,
                response=self,
            )
        return self

    def __repr__(self):
        return f"<Response [{self.status_code} {self.reason_phrase}]>"


# ---------- the simulated web ----------


class _Behaviour:
    """Latency, failures and rate limit of a host or a route; counters live where they are set."""

    def __init__(self, rng_key, seed, latency, fail_every, fail_rate, failure, rate_limit):
        if latency is not None:
            _check_latency(latency)
        if fail_every is not None and (not isinstance(fail_every, int) or fail_every < 1):
            raise ValueError(f"fail_every must be a whole number of calls >= 1, not {fail_every!r}")
        if fail_rate is not None and not 0 <= fail_rate <= 1:
            raise ValueError(f"fail_rate must be a probability from 0 to 1, not {fail_rate!r}")
        if not (isinstance(failure, int) or failure in ("connect", "timeout")):
            raise ValueError(f'failure must be a status code, "connect" or "timeout", not {failure!r}')
        if rate_limit is not None:
            calls, seconds = rate_limit
            if calls < 1 or seconds <= 0:
                raise ValueError(f"rate_limit must be (calls >= 1, seconds > 0), not {rate_limit!r}")
        self.latency = latency
        self.fail_every = fail_every
        self.fail_rate = fail_rate
        self.failure = failure
        self.rate_limit = rate_limit
        self.rng = random.Random(f"{seed}/{rng_key}")
        self.calls = 0
        self.window = None
        self.window_calls = 0


def _check_latency(latency):
    if isinstance(latency, tuple):
        low, high = latency
        if not 0 <= low <= high:
            raise ValueError(f"a latency range must be (low, high) with 0 <= low <= high: {latency!r}")
    elif not (isinstance(latency, (int, float)) and latency >= 0):
        raise ValueError(f"latency must be seconds >= 0 or a (low, high) range, not {latency!r}")


class _Route:
    def __init__(self, method, pattern, handler, behaviour):
        self.method = method
        self.pattern = pattern
        names = re.findall(r"\{(\w+)\}", pattern)
        regex = re.escape(pattern)
        for name in names:
            regex = regex.replace(re.escape("{" + name + "}"), f"(?P<{name}>[^/]+)")
        self.regex = re.compile(regex + r"\Z")
        self.handler = handler
        self.behaviour = behaviour


class Host:
    """One simulated server: its routes and how it behaves."""

    def __init__(self, web, name, latency, connections, connect, **behaviour):
        if not (isinstance(connect, (int, float)) and connect >= 0):
            raise ValueError(f"connect must be seconds >= 0, not {connect!r}")
        if connections is not None and (not isinstance(connections, int) or connections < 1):
            raise ValueError(f"connections must be a whole number >= 1, not {connections!r}")
        self.web = web
        self.name = name
        self.connections = connections
        self.connect = connect
        self.behaviour = _Behaviour(name, web.seed, latency, **behaviour)
        self.routes = []
        self._slots = None
        self._slots_loop = None

    def route(self, method, path, handler=None, *, json=_MISSING, text=None, status=200,
              headers=None, latency=None, fail_every=None, fail_rate=None, failure=503,
              rate_limit=None):
        """Serves `method path`: with `handler(request, **path_names)`, or a fixed answer
        (`json=` or `text=`, `status=`, `headers=`). Returns the handler (usable as a decorator
        when `handler` is left out)."""
        if not path.startswith("/"):
            raise ValueError(f"a route's path starts with '/': {path!r}")

        def add(fn):
            if fn is None:
                fixed = Response(status, json=json, text=text, headers=headers)

                def fn(request, **_):
                    return Response(fixed.status_code, text=fixed.text, headers=fixed.headers)

            behaviour = _Behaviour(
                f"{self.name} {method.upper()} {path}", self.web.seed, latency,
                fail_every, fail_rate, failure, rate_limit,
            )
            self.routes.append(_Route(method.upper(), path, fn, behaviour))
            return fn

        if handler is None and json is _MISSING and text is None and status == 200:
            return add  # decorator use
        return add(handler)

    def get(self, path, handler=None, **kwargs):
        return self.route("GET", path, handler, **kwargs)

    def post(self, path, handler=None, **kwargs):
        return self.route("POST", path, handler, **kwargs)

    def slots(self, loop):
        """The semaphore of free connections, made for the running loop."""
        if self.connections is None:
            return None
        if self._slots is None or self._slots_loop is not loop:
            self._slots = asyncio.Semaphore(self.connections)
            self._slots_loop = loop
        return self._slots

    def match(self, method, path):
        allowed = False
        for route in self.routes:
            found = route.regex.match(path)
            if found:
                if route.method == method:
                    return route, found.groupdict()
                allowed = True
        return (405 if allowed else 404), None


class Web:
    """A set of simulated hosts. `seed` fixes every latency range and failure probability."""

    def __init__(self, seed=0, *, default_sites=False):
        self.seed = seed
        self.hosts = {}
        self._start = None
        if default_sites:
            _build_default_sites(self)

    def host(self, name, *, latency=0.1, connect=0.1, connections=None, fail_every=None,
             fail_rate=None, failure=503, rate_limit=None):
        """Adds (or replaces) a host, e.g. web.host("shop.example", latency=0.2)."""
        name = name.lower()
        if "/" in name or ":" in name:
            raise ValueError(f"a host is a bare name like 'shop.example', not {name!r}")
        self.hosts[name] = Host(self, name, latency, connections, connect, fail_every=fail_every,
                                fail_rate=fail_rate, failure=failure, rate_limit=rate_limit)
        return self.hosts[name]

    def route(self, method, url, handler=None, **kwargs):
        """Shortcut: web.route("GET", "https://shop.example/items/{id}", ...), adding the host."""
        parsed = URL(url.replace("{", "%7B").replace("}", "%7D"))
        path = url[url.index(parsed.host) + len(parsed.host):] or "/"
        host = self.hosts.get(parsed.host) or self.host(parsed.host)
        return host.route(method, path, handler, **kwargs)

    def _clock(self, loop):
        """Seconds since this web's first request (the loop's clock starts anywhere in CPython)."""
        now = loop.time()
        if self._start is None:
            self._start = now
        return now - self._start

    def _answer(self, request, now):
        """(response, latency) for a request arriving at `now`: decided on arrival, then waited."""
        host = self.hosts[request.url.host]
        found, params = host.match(request.method, request.url.path)
        levels = [host.behaviour]
        if params is not None:
            levels.insert(0, found.behaviour)
        latency = next((b.latency for b in levels if b.latency is not None), 0.0)
        rng = levels[0].rng
        if isinstance(latency, tuple):
            latency = round(rng.uniform(*latency), 3)
        for b in reversed(levels):  # the host's limit counts every call to the host
            if b.rate_limit is not None:
                calls, seconds = b.rate_limit
                window = int(now // seconds)
                if window != b.window:
                    b.window, b.window_calls = window, 0
                b.window_calls += 1
                if b.window_calls > calls:
                    wait = max(1, -int(-((window + 1) * seconds - now) // 1))
                    return (
                        Response(429, json={"error": "rate limited"},
                                 headers={"Retry-After": str(wait)}),
                        latency,
                    )
        for b in reversed(levels):
            b.calls += 1
            failed = (b.fail_every is not None and b.calls % b.fail_every == 0) or (
                b.fail_rate is not None and b.rng.random() < b.fail_rate
            )
            if failed:
                if b.failure == "connect":
                    return "connect", latency
                if b.failure == "timeout":
                    return None, NO_ANSWER
                return Response(b.failure, json={"error": REASONS.get(b.failure, "failed")}), latency
        if params is None:
            status = found
            return Response(status, json={"error": REASONS[status]}), latency
        answer = found.handler(request, **params)
        return _as_response(answer), latency


def _as_response(answer):
    if isinstance(answer, Response):
        return answer
    if isinstance(answer, str):
        return Response(200, text=answer)
    return Response(200, json=answer)


# ---------- the client ----------


class _Unset:
    def __repr__(self):
        return "<client default>"


USE_CLIENT_DEFAULT = _Unset()


class Client:
    """An async HTTP client for the simulated web, shaped like httpx.AsyncClient.

    Client(web=None, timeout=5.0, base_url="", headers=None). Reuse one client for many requests,
    and close it (`async with`), as with a real client."""

    def __init__(self, *, web=None, timeout=DEFAULT_TIMEOUT, base_url="", headers=None):
        self.web = web if web is not None else _default_web()
        self.timeout = timeout
        self.base_url = base_url
        self.headers = Headers(headers)
        self.is_closed = False
        # Open connections not in use, per host: a request takes one if it can (no handshake)
        # and gives it back when it got its answer, as a real client's connection pool does.
        self._idle = {}

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.aclose()

    async def aclose(self):
        self.is_closed = True
        self._idle.clear()

    async def get(self, url, *, params=None, headers=None, timeout=USE_CLIENT_DEFAULT):
        return await self.request("GET", url, params=params, headers=headers, timeout=timeout)

    async def post(self, url, *, json=None, content=None, params=None, headers=None,
                   timeout=USE_CLIENT_DEFAULT):
        return await self.request("POST", url, json=json, content=content, params=params,
                                  headers=headers, timeout=timeout)

    async def put(self, url, *, json=None, content=None, params=None, headers=None,
                  timeout=USE_CLIENT_DEFAULT):
        return await self.request("PUT", url, json=json, content=content, params=params,
                                  headers=headers, timeout=timeout)

    async def delete(self, url, *, params=None, headers=None, timeout=USE_CLIENT_DEFAULT):
        return await self.request("DELETE", url, params=params, headers=headers, timeout=timeout)

    async def request(self, method, url, *, json=None, content=None, params=None, headers=None,
                      timeout=USE_CLIENT_DEFAULT):
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if self.base_url and isinstance(url, str) and "://" not in url:
            url = urljoin(str(self.base_url).rstrip("/") + "/", url.lstrip("/"))
        parsed = URL(url)
        if params:
            query = urlencode(list(params.items()) if isinstance(params, dict) else params)
            parsed = URL(str(parsed) + ("&" if parsed.query else "?") + query)
        merged = Headers(self.headers)
        merged.update(Headers(headers))
        request = Request(method, parsed, headers=merged, json=json, content=content)
        if timeout is USE_CLIENT_DEFAULT:
            timeout = self.timeout
        return await _send(self, request, timeout)


AsyncClient = Client


async def _send(client, request, timeout):
    """Waits out the request in the loop's time. `trace` is what the course's timeline shows for
    this wait (see _register_with_tracer): filled in with the status or error when it ends."""
    trace = {
        "kind": "request",
        "method": request.method,
        "url": str(request.url),
        "status": None,
        "error": None,
        "label": f"{request.method} {request.url}",
    }
    web = client.web
    loop = asyncio.get_running_loop()
    start = loop.time()
    slots = None
    try:
        host = web.hosts.get(request.url.host)
        if host is None:
            await asyncio.sleep(DNS_FAILURE_DELAY)
            raise ConnectError("[Errno -2] Name or service not known", request=request)
        slots = host.slots(loop)
        if slots is not None:
            if timeout is None:
                await slots.acquire()
            else:
                try:
                    await asyncio.wait_for(slots.acquire(), timeout)
                except TimeoutError:
                    slots = None
                    raise PoolTimeout("timed out waiting for a free connection",
                                      request=request) from None
        # Connecting and waiting for the answer are one sleep, so the timeline shows one wait.
        # The server decides its answer as the request arrives, after the connection is made.
        connect = 0.0
        idle = client._idle.get(host.name, 0)
        if idle:
            client._idle[host.name] = idle - 1
        else:
            connect = host.connect
        response, latency = web._answer(request, web._clock(loop) + connect)
        spent = loop.time() - start
        if timeout is not None and spent + connect + latency > timeout:
            await asyncio.sleep(max(0.0, timeout - spent))
            if spent + connect > timeout:
                raise ConnectTimeout("timed out while connecting", request=request)
            raise ReadTimeout("The read operation timed out", request=request)
        await asyncio.sleep(connect + latency)
        if response == "connect":
            raise ConnectError("[Errno 111] Connection refused", request=request)
        if response is None:
            raise ReadTimeout("The server never answered", request=request)
        response.request = request
        response.url = request.url
        if not client.is_closed:
            client._idle[host.name] = client._idle.get(host.name, 0) + 1
        trace["status"] = response.status_code
        trace["label"] += f" → {response.status_code}"
        return response
    except BaseException as exc:
        # A press of Stop (not an Exception) leaves the label as it is: the run's end says why.
        if isinstance(exc, (Exception, asyncio.CancelledError)):
            name = "cancelled" if isinstance(exc, asyncio.CancelledError) else type(exc).__name__
            trace["error"] = name
            trace["label"] += f" → {name}"
        raise
    finally:
        if slots is not None:
            slots.release()


# ---------- the default web ----------


def _default_web():
    return web


NAMES = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Guido", "Ken", "Linus"]
CITIES = ["Paris", "Lagos", "Lima", "Oslo", "Tokyo", "Cairo", "Quito", "Perth"]
SKIES = ["sunny", "cloudy", "rain", "windy"]


def _page(title, links, body=""):
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>{body}</p><ul>{items}</ul></body></html>"
    )


def _build_default_sites(web):
    api = web.host("api.example", latency=0.1)
    users = [
        {"id": i, "name": name, "email": f"{name.lower()}@mail.example", "city": CITIES[i % 8]}
        for i, name in enumerate(NAMES, 1)
    ]
    posts = [{"id": i, "user": (i - 1) // 5 + 1, "title": f"Post number {i}"} for i in range(1, 51)]

    def one(items, key, what):
        def handler(request, **params):
            value = params[key]
            if value.isdigit() and 1 <= int(value) <= len(items):
                return items[int(value) - 1]
            return Response(404, json={"error": f"no such {what}: {value}"})

        return handler

    api.get("/users", json=[{"id": u["id"], "name": u["name"]} for u in users])
    api.get("/users/{id}", one(users, "id", "user"))

    def user_posts(request, id):
        if id.isdigit() and 1 <= int(id) <= len(users):
            return [p for p in posts if p["user"] == int(id)]
        return Response(404, json={"error": f"no such user: {id}"})

    api.get("/users/{id}/posts", user_posts)
    api.get("/posts/{id}", one(posts, "id", "post"))
    comments = [{"id": i, "post": (i - 1) // 2 + 1, "text": f"Comment {i}"} for i in range(1, 101)]
    api.get("/comments/{id}", one(comments, "id", "comment"))
    api.post("/posts", lambda request: Response(201, json={"id": 51, **_body(request)}))
    api.post("/echo", lambda request: _body(request))

    def status(request, code):
        code = int(code) if code.isdigit() else 400
        return Response(code, json={"status": code})

    api.get("/status/{code}", status)
    for seconds in ("0.5", "1", "2", "3", "5", "10"):
        api.get(f"/delay/{seconds}", json={"delayed": float(seconds)}, latency=float(seconds))
    api.get("/flaky", json={"ok": True}, fail_every=3)
    api.get("/unreliable", json={"ok": True}, fail_rate=0.3)
    api.get("/limited", json={"ok": True}, rate_limit=(5, 1.0))
    api.get("/page", text=_page("Not an API", [("/users", "users")], "This is HTML, not JSON."))

    weather = web.host("weather.example", latency=(0.05, 0.5))
    weather.get("/cities", json=CITIES)

    def city(request, name):
        key = name.capitalize()
        if key not in CITIES:
            return Response(404, json={"error": f"unknown city: {name}"})
        i = CITIES.index(key)
        return {"city": key, "temp": 4 + (i * 7) % 27, "sky": SKIES[i % 4]}

    weather.get("/cities/{name}", city)

    # Pages that link to each other, for crawlers: 25 + 21 + 7 = 53 pages (each site's home
    # included), all reachable from any home page, plus dead links and one slow host.
    docs = web.host("docs.example", latency=0.1)
    guides = 24
    docs.get("/", text=_page("Docs", [(f"/guide/{i}", f"Guide {i}") for i in (1, 2, 3)]
                              + [("https://blog.example/", "Blog")]))
    for i in range(1, guides + 1):
        links = [("/", "Docs home")]
        if i > 1:
            links.append((f"/guide/{i - 1}", "Previous"))
        if i < guides:
            links.append((f"/guide/{i + 1}", "Next"))
        links.append((f"https://docs.example/guide/{(i * 7) % guides + 1}#top", "See also"))
        if i % 6 == 0:
            links.append((f"https://blog.example/posts/{i // 2}", "On the blog"))
        if i == 9:
            links.append(("/guide/99", "Appendix"))  # dead: 404
        docs.get(f"/guide/{i}", text=_page(f"Guide {i}", links, f"Chapter {i} of the guide."))

    blog = web.host("blog.example", latency=0.15)
    posts_count = 20
    blog.get("/", text=_page("Blog", [(f"/posts/{i}", f"Post {i}") for i in range(1, 6)]
                              + [("https://docs.example/", "Docs")]))
    for i in range(1, posts_count + 1):
        links = [("/", "Blog home")]
        if i < posts_count:
            links.append((f"/posts/{i + 1}", "Older"))
        links.append((f"https://docs.example/guide/{(i * 5) % guides + 1}", "Related guide"))
        if i % 5 == 0:
            links.append((f"https://slow.example/archive/{i // 5}", "From the archive"))
        if i == 7:
            links.append(("https://gone.example/", "A site that closed"))  # dead: no such host
        if i == 12:
            links.append(("/posts/404", "Missing post"))  # dead: 404
        if i == 15:
            links.append(("/posts/3#comments", "Comments"))
        blog.get(f"/posts/{i}", text=_page(f"Post {i}", links, f"Blog post {i}."))

    slow = web.host("slow.example", latency=1.5, connections=2)
    archives = 6
    slow.get("/", text=_page("Archive", [(f"/archive/{i}", f"Archive {i}") for i in (1, 2)]))
    for i in range(1, archives + 1):
        links = [("/", "Archive home"), ("https://blog.example/", "Blog")]
        if i < archives:
            links.append((f"/archive/{i + 1}", "Next"))
        if i == 4:
            links.append(("/old-page", "An old page"))  # dead: 404
        slow.get(f"/archive/{i}", text=_page(f"Archive {i}", links, f"Archived page {i}."))


def _body(request):
    try:
        body = request.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {"data": body}


# ---------- the course's timeline ----------


def _register_with_tracer():
    """In the course's engine, tells its tracer that a task waiting inside _send waits on this
    request (its `trace` dict), so the timeline shows `GET https://...` instead of a sleep. Under
    CPython the engine is not loaded and nothing happens."""
    describe = sys.modules.get("asyncio_live.describe")
    register = getattr(describe, "register_wait", None)
    if register is not None:
        register("simweb.request", _send.__code__, _describe_request)


def _describe_request(frame, ids):
    try:
        trace = frame.f_locals.get("trace")
    except Exception:
        trace = None
    return trace if isinstance(trace, dict) else {"kind": "future", "label": "request"}


_register_with_tracer()

# The default web, built as the module is imported (the engine keeps imports off the virtual clock,
# and the lesson recorder imports it before timing a program). Its state (call counters, rate-limit
# windows) lives as long as the module: a fresh process under CPython, a fresh import for each run
# in the engine, which forgets modules outside the standard library after a run.
web = Web(default_sites=True)
