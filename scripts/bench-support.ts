/**
 * What the benchmark modules in scripts/bench/ share: medians, Chromium launched the way our
 * machines need it, the exported site served by scripts/serve.mjs on a free port, and the bare
 * Pyodide page that browser figures are compared with. (It lives outside scripts/bench/ because
 * scripts/bench.ts runs every module in that folder.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";
import { freePort } from "./free-port";

export const root = fileURLToPath(new URL("../", import.meta.url));

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Chromium launched the way our machines need it (see scripts/chromium.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/**
 * Serves out/ (or `dir`, another exported site) the way `npm start` does, cross-origin isolated
 * unless `isolated` is false, until `server` is killed.
 */
export async function serveOut(
  isolated = true,
  dir = "out",
): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(process.execPath, ["scripts/serve.mjs", dir], {
    cwd: root,
    env: { ...process.env, PORT: String(port), NO_ISOLATION: isolated ? "" : "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.once("data", () => resolve());
    server.once("exit", (code) => reject(new Error(`serve.mjs exited (${code})`)));
  });
  return { base: `http://127.0.0.1:${port}`, server };
}

/** Milliseconds from navigation start until the bare page's worker ran print(1) (the baseline). */
export async function bareReady(page: Page, base: string): Promise<number> {
  await page.goto(`${base}/bench/bare.html`);
  const handle = await page.waitForFunction(
    () => (window as unknown as { benchReady?: number }).benchReady ?? false,
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Runs `measure` in a fresh context: nothing cached, as on a reader's first visit. */
export async function inFreshContext<T>(
  browser: Browser,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * The exported site given by `npm run bench -- ... --compare DIR` (`DIR/out` when DIR is a
 * checkout, else DIR), to measure beside ours: null without one. Throws when it holds no lessons.
 */
export function compareSite(): string | null {
  const given = process.env.BENCH_COMPARE;
  if (!given) return null;
  const dir = path.resolve(given);
  const site = existsSync(path.join(dir, "out", "lessons")) ? path.join(dir, "out") : dir;
  if (!existsSync(path.join(site, "lessons"))) {
    throw new Error(`--compare ${given}: no exported site there (build it: npm run build)`);
  }
  return site;
}
