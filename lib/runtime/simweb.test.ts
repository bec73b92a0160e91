/** simweb, the course's simulated web (lib/runtime/python/simweb.py), run under the engine. */
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateChecks } from "@/lib/exercise/evaluate";
import { createNodeEngine, type NodeEngine } from "./node-runtime";
import type { Awaiting, RunResult } from "./trace";

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

/** Runs `body` (the inside of `async def main()`, indented by 4) with `client` open. */
const program = (body: string, setup = "") => `import asyncio, time
import simweb
from simweb import Client, Web, Response
${setup}
async def main():
    async with Client() as client:
${body
  .split("\n")
  .map((line) => "        " + line)
  .join("\n")}

asyncio.run(main())
`;

const run = (code: string): RunResult => {
  const r = engine.run(code);
  expect(r.error, r.stderr).toBeNull();
  expect(r.limit).toBeNull();
  return r;
};
const lines = (r: RunResult) => r.stdout.trimEnd().split("\n");
const requestWaits = (r: RunResult) =>
  r.trace.tasks.flatMap((t) =>
    t.waits
      .filter((w) => w.awaiting.kind === "request")
      .map((w) => ({ ...w, task: t.label, awaiting: w.awaiting })),
  );

describe("latency is virtual time", () => {
  it("a GET connects (0.1 s), then waits for its answer (0.1 s); the client keeps its connections", () => {
    const r = run(
      program(`t = time.perf_counter()
r = await client.get("https://api.example/users/1")
print(r.status_code, r.json()["name"], round(time.perf_counter() - t, 3))
t = time.perf_counter()
rs = await asyncio.gather(*(client.get(f"https://api.example/users/{i}") for i in range(1, 11)))
print(len(rs), round(time.perf_counter() - t, 3))
t = time.perf_counter()
for i in range(1, 11):
    await client.get(f"https://api.example/users/{i}")
print(round(time.perf_counter() - t, 3))
t = time.perf_counter()
for i in range(1, 4):
    async with Client() as fresh:
        await fresh.get(f"https://api.example/users/{i}")
print(round(time.perf_counter() - t, 3))`),
    );
    // The first request connects; of ten at once, one reuses that connection and nine connect;
    // ten in turn reuse them; a fresh client per request connects every time.
    expect(lines(r)).toEqual(["200 Ada 0.2", "10 0.2", "1.0", "0.6"]);
    expect(r.elapsed).toBeCloseTo(2.0, 2);
  });

  it("a latency range draws seeded values: the same every run, different for another seed", () => {
    const code = (seed: number) =>
      program(
        `for _ in range(5):
    t = time.perf_counter()
    await client.get("https://shop.example/stock")
    print(round(time.perf_counter() - t, 3))`,
        `web = Web(seed=${seed})
web.host("shop.example", connect=0).get("/stock", json={"left": 4}, latency=(0.1, 0.5))
_Client = Client
Client = lambda: _Client(web=web)`,
      );
    const a = lines(run(code(1)));
    expect(new Set(a).size).toBeGreaterThan(1);
    for (const x of a) {
      expect(Number(x)).toBeGreaterThanOrEqual(0.1);
      expect(Number(x)).toBeLessThanOrEqual(0.5);
    }
    expect(lines(run(code(1)))).toEqual(a);
    expect(lines(run(code(2)))).not.toEqual(a);
  });

  it("a host with 2 connections serves 4 slow pages in two rounds (connect + 2 × 1.5 s)", () => {
    const r = run(
      program(`t = time.perf_counter()
rs = await asyncio.gather(*(client.get(f"https://slow.example/archive/{i}") for i in range(1, 5)))
print([r.status_code for r in rs], round(time.perf_counter() - t, 3))`),
    );
    expect(lines(r)).toEqual(["[200, 200, 200, 200] 3.1"]);
  });
});

describe("the trace names each wait as its request", () => {
  it("GET url with its status, its error, or 'cancelled'", () => {
    const r = run(
      program(`await client.get("https://api.example/users/2")
await client.post("https://api.example/echo", json={"a": 1})
await client.get("https://api.example/nothing-here")
try:
    await client.get("https://gone.example/")
except simweb.ConnectError:
    pass
try:
    async with asyncio.timeout(0.5):
        await client.get("https://api.example/delay/2")
except TimeoutError:
    pass`),
    );
    const waits = requestWaits(r);
    expect(waits.map((w) => w.awaiting)).toEqual([
      {
        kind: "request",
        method: "GET",
        url: "https://api.example/users/2",
        status: 200,
        error: null,
        label: "GET https://api.example/users/2 → 200",
      },
      expect.objectContaining({ label: "POST https://api.example/echo → 200", status: 200 }),
      expect.objectContaining({ label: "GET https://api.example/nothing-here → 404" }),
      expect.objectContaining({
        label: "GET https://gone.example/ → ConnectError",
        status: null,
        error: "ConnectError",
      }),
      expect.objectContaining({
        label: "GET https://api.example/delay/2 → cancelled",
        error: "cancelled",
      }),
    ]);
    // Each wait lasts as long as its request, on the line of the await.
    expect(waits.map((w) => Math.round(((w.end ?? 0) - w.start) * 1000))).toEqual([
      200, 100, 100, 50, 500,
    ]);
    expect(waits[0]!.line).toBe(7);
    expect(waits.every((w) => w.task === "main()")).toBe(true);
    // Nothing in the trace calls them sleeps.
    const kinds = r.trace.tasks.flatMap((t) => t.waits.map((w) => (w.awaiting as Awaiting).kind));
    expect(kinds).not.toContain("sleep");
  });

  it("a task queued behind a Semaphore waits on Semaphore.acquire, then on its GET", () => {
    const r = run(`import asyncio
from simweb import Client

async def fetch(client, sem, i):
    async with sem:
        return await client.get(f"https://api.example/posts/{i}")

async def main():
    sem = asyncio.Semaphore(2)
    async with Client() as client:
        await asyncio.gather(*(fetch(client, sem, i) for i in range(1, 5)))

asyncio.run(main())
`);
    const last = r.trace.tasks.find(
      (t) => t.label.startsWith("fetch(") && t.label.endsWith(", 4)"),
    );
    expect(last?.waits.map((w) => w.awaiting.label)).toEqual([
      "Semaphore.acquire",
      "GET https://api.example/posts/4 → 200",
    ]);
    expect(r.elapsed).toBeCloseTo(0.3, 3);
    // The exercise check "max-requests" counts these waits: two in flight at most, not four.
    const check = (count: number) =>
      evaluateChecks([{ type: "max-requests", count }], r).results[1]!;
    expect(check(2)).toMatchObject({
      passed: true,
      actual: "At most 2 requests were in flight at once.",
    });
    expect(check(1)).toMatchObject({
      passed: false,
      actual: "2 requests were in flight at the same time (at 0 s).",
    });
  });
  it("max-requests-per-host counts each host's requests in flight: fails without a per-host limit, passes with one", () => {
    // Three GETs to each of two hosts at once; \`limit\` is the semaphore per host (0: none).
    const crawl = (limit: number) =>
      run(`import asyncio
from collections import defaultdict
from simweb import Client

async def fetch(client, hosts, url):
    host = url.split("/")[2]
    if hosts is None:
        return await client.get(url)
    async with hosts[host]:
        return await client.get(url)

async def main():
    hosts = defaultdict(lambda: asyncio.Semaphore(${limit})) if ${limit} else None
    urls = [f"https://{h}/guide/{i}" if h == "docs.example" else f"https://{h}/posts/{i}"
            for h in ("docs.example", "blog.example") for i in (1, 2, 3)]
    async with Client() as client:
        await asyncio.gather(*(fetch(client, hosts, url) for url in urls))

asyncio.run(main())
`);
    const perHost = (r: RunResult, count: number) =>
      evaluateChecks([{ type: "max-requests-per-host", count }], r).results[1]!;
    const total = (r: RunResult, count: number) =>
      evaluateChecks([{ type: "max-requests", count }], r).results[1]!;

    const rude = crawl(0);
    expect(perHost(rude, 2)).toMatchObject({
      passed: false,
      expected: "Never more than 2 requests in flight to any one host at the same time.",
      actual: "3 requests to blog.example were in flight at the same time (at 0 s).",
    });
    expect(perHost(rude, 3).passed).toBe(true);

    const polite = crawl(2);
    expect(perHost(polite, 2)).toMatchObject({
      passed: true,
      actual: "At most 2 requests to one host were in flight at once.",
    });
    expect(perHost(polite, 1).passed).toBe(false);
    // The limit is per host: four requests (two to each host) were in flight together.
    expect(total(polite, 4).passed).toBe(true);
    expect(total(polite, 3).passed).toBe(false);
  });
});

describe("failures, rate limits and timeouts", () => {
  it("fail_every=3 fails the 3rd and 6th calls; the count starts again on the next run", () => {
    const code = program(
      `print([(await client.get("https://api.example/flaky")).status_code for _ in range(7)])`,
    );
    const expected = ["[200, 200, 503, 200, 200, 503, 200]"];
    expect(lines(run(code))).toEqual(expected);
    expect(lines(run(code))).toEqual(expected);
  });

  it("fail_rate draws from the seed; failure='connect' raises ConnectError", () => {
    const code = program(
      `out = []
for _ in range(20):
    try:
        out.append((await client.get("https://shop.example/pay")).status_code)
    except simweb.ConnectError as e:
        out.append("X")
print(out)`,
      `web = Web(seed=3)
web.route("GET", "https://shop.example/pay", json={}, fail_rate=0.4, failure="connect")
_Client = Client
Client = lambda: _Client(web=web)`,
    );
    const first = run(code).stdout;
    const failures = (first.match(/'X'/g) ?? []).length;
    expect(failures).toBeGreaterThan(2);
    expect(failures).toBeLessThan(18);
    expect(run(code).stdout).toBe(first);
  });

  it("a rate limit answers 429 with Retry-After; after waiting that long the call succeeds", () => {
    const r = run(
      program(`rs = await asyncio.gather(*(client.get("https://api.example/limited") for _ in range(7)))
print([r.status_code for r in rs])
late = rs[-1]
print(late.headers["Retry-After"], late.headers.get("retry-after"))
await asyncio.sleep(float(late.headers["Retry-After"]))
print((await client.get("https://api.example/limited")).status_code)
try:
    late.raise_for_status()
except simweb.HTTPStatusError as e:
    print(e, e.response.status_code)`),
    );
    expect(lines(r)).toEqual([
      "[200, 200, 200, 200, 200, 429, 429]",
      "1 1",
      "200",
      "Client error '429 Too Many Requests' for url 'https://api.example/limited' 429",
    ]);
  });

  it("timeout= per request raises ReadTimeout at that time; the client's default is 5 s", () => {
    const r = run(
      program(`t = time.perf_counter()
try:
    await client.get("https://api.example/delay/3", timeout=1)
except simweb.ReadTimeout as e:
    print(type(e).__name__, isinstance(e, simweb.TimeoutException), round(time.perf_counter() - t, 3))
t = time.perf_counter()
try:
    await client.get("https://api.example/delay/10")
except simweb.TimeoutException as e:
    print(type(e).__name__, round(time.perf_counter() - t, 3))
r = await client.get("https://api.example/delay/3", timeout=None)
print(r.json(), round(time.perf_counter() - t, 3))`),
    );
    expect(lines(r)).toEqual(["ReadTimeout True 1.0", "ReadTimeout 5.0", "{'delayed': 3.0} 8.1"]);
    // 8.1 s of requests cost no such wall time: they wait on the virtual clock.
    expect(r.wallMs).toBeLessThan(4000);
  });

  it("waiting too long for a free connection raises PoolTimeout", () => {
    const r = run(
      program(
        `async def get(timeout):
    try:
        return (await client.get("https://one.example/", timeout=timeout)).status_code
    except simweb.TimeoutException as e:
        return type(e).__name__, round(time.perf_counter(), 3)
print(await asyncio.gather(get(None), get(0.5)))`,
        `web = Web()
web.host("one.example", latency=1, connect=0, connections=1).get("/", text="hi")
_Client = Client
Client = lambda: _Client(web=web)`,
      ),
    );
    expect(lines(r)).toEqual(["[200, ('PoolTimeout', 0.5)]"]);
  });
});

describe("bad input gets a real client's errors, never an engine traceback", () => {
  it("unknown host, malformed URLs, a body that is not JSON, a closed client", () => {
    const r = run(
      program(`for url in ["https://nowhere.example/", "api.example/users", "ftp://api.example/", "https:///x", "https://api .example/", 42]:
    try:
        await client.get(url)
    except Exception as e:
        print(type(e).__name__, e, sep=": ")
try:
    (await client.get("https://api.example/page")).json()
except ValueError as e:
    print(type(e).__name__, e, sep=": ")
await client.aclose()
try:
    await client.get("https://api.example/users")
except RuntimeError as e:
    print(e)`),
    );
    expect(lines(r)).toEqual([
      "ConnectError: [Errno -2] Name or service not known",
      "UnsupportedProtocol: Request URL is missing an 'http://' or 'https://' protocol.",
      "UnsupportedProtocol: Request URL has an unsupported protocol 'ftp://'.",
      "InvalidURL: Invalid URL 'https:///x': no host",
      "InvalidURL: Invalid non-printable ASCII character in URL 'https://api .example/'",
      "TypeError: Invalid type for url.  Expected str or URL, got <class 'int'>: 42",
      "JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
      "Cannot send a request, as the client has been closed.",
    ]);
  });

  it("an uncaught error's traceback shows only the program's lines", () => {
    const r = engine.run(
      program(`r = await client.get("https://api.example/users/42")
r.raise_for_status()`),
    );
    expect(r.error?.type).toBe("HTTPStatusError");
    expect(r.error?.line).toBe(8);
    expect(r.stderr).toContain(
      "simweb.HTTPStatusError: Client error '404 Not Found' for url 'https://api.example/users/42'",
    );
    expect(r.stderr).not.toMatch(/simweb\.py|asyncio-live|asyncio_live/);
  });
});

describe("the playground", () => {
  it("top-level await works with simweb, and its waits are named as requests", () => {
    const r = engine.run(
      `from simweb import Client
async with Client() as client:
    r = await client.get("https://api.example/users/4")
print(r.json()["name"])
`,
      { topLevelAwait: true },
    );
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("Edsger\n");
    expect(requestWaits(r).map((w) => w.awaiting.label)).toEqual([
      "GET https://api.example/users/4 → 200",
    ]);
  });
});

describe("programs declare their own web", () => {
  it("handlers get the path's names and the request; a decorator works; POST sends JSON", () => {
    const r = run(`import asyncio
from simweb import Client, Web, Response

web = Web()
shop = web.host("shop.example", latency=0.25)

@shop.get("/items/{id}")
def item(request, id):
    if id == "0":
        return Response(404, json={"error": "none"})
    return {"id": int(id), "q": request.url.params.get("q")}

shop.post("/orders", lambda request: Response(201, json={"ordered": request.json()}))

async def main():
    async with Client(web=web, base_url="https://shop.example") as client:
        print((await client.get("/items/7", params={"q": "red"})).json())
        print((await client.get("/items/0")).status_code)
        print((await client.post("/orders", json={"id": 7})).json())
        print((await client.put("/orders", json={})).status_code)

asyncio.run(main())
`);
    expect(lines(r)).toEqual(["{'id': 7, 'q': 'red'}", "404", "{'ordered': {'id': 7}}", "405"]);
    expect(r.elapsed).toBeCloseTo(1.1, 3);
  });
});

describe("the default web", () => {
  it("a breadth-first crawl finds 50+ pages, duplicates, dead links and one slow host", () => {
    const r = run(`import asyncio, re, time
from urllib.parse import urljoin, urldefrag
from simweb import Client, HTTPError

async def main():
    seen, queue, dead, slow = set(), ["https://docs.example/"], [], 0
    async with Client() as client:
        while queue:
            batch = []
            for url in queue:
                url = urldefrag(url)[0]
                if url not in seen:
                    seen.add(url)
                    batch.append(url)
            queue = []
            async def visit(url):
                nonlocal slow
                t = time.perf_counter()
                try:
                    r = (await client.get(url)).raise_for_status()
                except HTTPError as e:
                    dead.append(url)
                    return
                slow += time.perf_counter() - t > 1
                queue.extend(urljoin(url, h) for h in re.findall(r'href="([^"]+)"', r.text))
            await asyncio.gather(*(visit(u) for u in batch))
    print(len(seen) - len(dead), sorted(dead), slow)

asyncio.run(main())
`);
    expect(lines(r)).toEqual([
      "53 ['https://blog.example/posts/404', 'https://docs.example/guide/99', 'https://gone.example/', 'https://slow.example/old-page'] 7",
    ]);
  });
});

describe("determinism", () => {
  it("the same program gives the same output and the same trace on every run", () => {
    const code = program(`async def one(i):
    try:
        r = await client.get(f"https://weather.example/cities/{c}" if (c := ["oslo", "lima", "mars"][i % 3]) else "", timeout=0.3)
        return r.status_code
    except simweb.TimeoutException:
        return "timeout"
print(await asyncio.gather(*(one(i) for i in range(9))))
print([(await client.get("https://api.example/unreliable")).status_code for _ in range(10)])`);
    const a = run(code);
    const b = run(code);
    expect(b.stdout).toBe(a.stdout);
    const shape = (r: RunResult) =>
      r.trace.tasks.map((t) => t.waits.map((w) => [w.start, w.end, w.awaiting.label]));
    expect(shape(b)).toEqual(shape(a));
    expect(a.stdout).toContain("timeout");
    expect(a.stdout).toContain("503");
  });
});
