/// <reference lib="webworker" />
/**
 * The service worker: after one visit, every page, script, style and Python file comes from Cache
 * Storage, so the course opens, runs and checks quizzes offline, and Chromium keeps Pyodide's compiled
 * WebAssembly between visits whatever the host's cache headers say.
 *
 * Built after `next build` by scripts/build-sw.ts, which bundles this file with esbuild and injects the
 * list of every exported file with its revision (`self.__SW_MANIFEST`).
 *
 * Updates: a new deployment's worker installs (precaches its files) beside the old one and waits.
 * Pages keep being served by the old worker, entirely from its own precache, so a page never mixes an
 * old document with a new engine. The page offers a reload (components/offline/OfflineSupport.tsx),
 * which asks the waiting worker to take over.
 */
import { Serwist, type PrecacheEntry } from "serwist";

declare const self: ServiceWorkerGlobalScope & {
  __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // A query never changes a static file: Next's client navigations fetch `index.txt?_rsc=…`, and
    // the favicon is `icon.svg?icon.<hash>.svg`. (A worker's URL is kept: see below.)
    ignoreURLParametersMatching: [/.*/],
    // Two at a time: a 2-core phone should not stall the page while installing.
    concurrency: 2,
  },
  skipWaiting: false,
  clientsClaim: true,
  disableDevLogs: true,
});

/**
 * Turbopack starts a Web Worker (the Python worker) as `turbopack-worker-….js#params=…` (or
 * `?params=…`) and the worker reads its chunk list from its own URL. A cached response carries the URL
 * it was cached under, without the fragment or query, and a worker takes that as its location: answer
 * with a copy that carries no URL, so the worker keeps the URL it was asked for. Registered before
 * Serwist's listener: the first `respondWith` wins.
 */
self.addEventListener("fetch", (event: FetchEvent) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (!/\/turbopack-worker-[^/]*\.js$/.test(url.pathname)) return;
  event.respondWith(
    (async () => {
      const cached = await serwist.matchPrecache(url.pathname);
      if (!cached) return fetch(event.request);
      return new Response(cached.body, { status: cached.status, headers: cached.headers });
    })(),
  );
});

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});

serwist.addEventListeners();
