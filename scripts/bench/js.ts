/**
 * JavaScript a lesson page needs before interaction (gzip), against the framework floor: the
 * smallest page Next + React ship, built the same way (scripts/framework-floor.ts) and measured the
 * same way, in headless Chromium against both exported sites.
 */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import type { Figure } from "../bench";
import { inFreshContext, launchChromium, root, serveOut } from "../bench-support";
import { buildFrameworkFloor } from "../framework-floor";

const LESSON = "/lessons/gather/";

/**
 * The scripts a page's HTML makes the browser load before interaction: every `<script src>` and
 * script preload. `nomodule` scripts (Next's legacy polyfills) are left out: browsers with module
 * support, which this site needs for its workers, never fetch them (checked against what Chromium
 * fetched, see `scriptsBeforeLoad`).
 */
export function initialScripts(outDir: string, pagePath: string): string[] {
  const html = readFileSync(`${outDir}${pagePath}index.html`, "utf8");
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if (!src || /\bnomodule\b/i.test(tag)) continue;
    if (tag.startsWith("<link") && !/rel="(?:preload|modulepreload)"/.test(tag)) continue;
    sources.add(src);
  }
  return [...sources];
}

/** Gzipped bytes of these scripts (paths on the site, e.g. /_next/static/chunks/x.js). */
export function gzippedBytes(outDir: string, sources: Iterable<string>): number {
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(readFileSync(`${outDir}${src}`)).length;
  return bytes;
}

/**
 * Paths of the scripts the page fetched before its load event: by `<script>`, preload or import.
 * The Python worker's own script (initiator "other") starts Python's loading and counts with it.
 */
async function scriptsBeforeLoad(browser: Browser, url: string): Promise<string[]> {
  return inFreshContext(browser, async (page) => {
    await page.goto(url, { waitUntil: "load" });
    return page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((entry) => ["script", "link"].includes(entry.initiatorType))
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.endsWith(".js"))
        .map((url) => url.pathname),
    );
  });
}

/** Gzipped JS a page needs before interaction: what its HTML declares and Chromium fetched. */
async function pageJs(
  browser: Browser,
  outDir: string,
  base: string,
  pagePath: string,
): Promise<{ bytes: number; files: number }> {
  const fetched = await scriptsBeforeLoad(browser, `${base}${pagePath}`);
  const scripts = new Set([...initialScripts(outDir, pagePath), ...fetched]);
  return { bytes: gzippedBytes(outDir, scripts), files: scripts.size };
}

export default async function jsBench(): Promise<Figure[]> {
  if (!existsSync(`${root}out${LESSON}index.html`)) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  const floorDir = buildFrameworkFloor();
  const site = await serveOut();
  const floorSite = await serveOut(true, floorDir);
  const browser = await launchChromium();
  try {
    const js = await pageJs(browser, `${root}out`, site.base, LESSON);
    const floor = await pageJs(browser, floorDir, floorSite.base, "/");
    return [
      {
        name: "lesson JS before interaction (gzip)",
        value: js.bytes / 1024,
        unit: "KB",
        baseline: floor.bytes / 1024,
        ratio: js.bytes / floor.bytes,
        note: `${js.files} scripts (${LESSON}index.html's, and all Chromium fetched before load); Monaco, quiz, exercise, output, timeline, Pyodide load later; baseline: the framework floor`,
      },
      {
        name: "lesson JS above the framework floor (gzip)",
        value: (js.bytes - floor.bytes) / 1024,
        unit: "KB",
        note: `floor: a bare Next + React page built the same way (scripts/framework-floor.ts), ${floor.files} scripts, ${(floor.bytes / 1024).toFixed(1)} KB; target ≤ 15 KB`,
      },
    ];
  } finally {
    await browser.close();
    site.server.kill();
    floorSite.server.kill();
  }
}
