/**
 * Live-example figures, in headless Chromium against the exported site (out/, built beforehand):
 * cold start of a lesson (navigation → the
 * example's Run ready) beside the bare Pyodide page, and warm Run → first output line painted on
 * the gather lesson. (scripts/bench/browser.ts measures the same on the playground.)
 */
import { existsSync } from "node:fs";
import type { Page } from "@playwright/test";
import type { Figure } from "../bench";
import {
  bareReady,
  inFreshContext,
  launchChromium,
  median,
  root,
  serveOut,
} from "../bench-support";

const LESSON = "/lessons/gather/";
const EXAMPLE = 'figure[data-example-file="gather_fetch.py"]';
const COLD_RUNS = 5;
const WARM_RUNS = 20;

/** Navigation start → the lesson's text painted, and → the gather example's Run ready. */
async function lessonReady(page: Page, base: string): Promise<{ text: number; ready: number }> {
  await page.goto(`${base}${LESSON}`, { waitUntil: "commit" });
  const text = await page.waitForFunction(
    () => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0];
      return paint && document.querySelector("article h1") ? paint.startTime : false;
    },
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  const ready = await page.waitForFunction(
    (selector) =>
      document.querySelector(`${selector} button[data-python="ready"]`) ? performance.now() : false,
    EXAMPLE,
    { polling: "raf", timeout: 120_000 },
  );
  return { text: (await text.jsonValue()) as number, ready: (await ready.jsonValue()) as number };
}

/** Click the example's Run → its first output line painted; then waits for the replay's end. */
async function warmRun(page: Page): Promise<number> {
  const ms = await page.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        const figure = document.querySelector(selector)!;
        const run = figure.querySelector<HTMLButtonElement>("button[data-python]")!;
        let start = 0;
        const observer = new MutationObserver(() => {
          const log = figure.querySelector('[role="log"]');
          if (!log?.textContent?.includes("Fetching data 1")) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        });
        observer.observe(figure, { subtree: true, childList: true, characterData: true });
        start = performance.now();
        run.click();
      }),
    EXAMPLE,
  );
  await page.locator(EXAMPLE).getByRole("button", { name: "Skip to end" }).click();
  await page.waitForFunction(
    (selector) =>
      !document.querySelector<HTMLButtonElement>(`${selector} button[data-python]`)!.disabled,
    EXAMPLE,
  );
  return ms;
}

export default async function liveBench(): Promise<Figure[]> {
  if (!existsSync(`${root}out${LESSON}index.html`)) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  const { base, server } = await serveOut();
  const browser = await launchChromium();
  try {
    const lesson: number[] = [];
    const text: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      bare.push(await inFreshContext(browser, (page) => bareReady(page, base)));
      const times = await inFreshContext(browser, (page) => lessonReady(page, base));
      lesson.push(times.ready);
      text.push(times.text);
    }

    const page = await (await browser.newContext()).newPage();
    await lessonReady(page, base);
    await warmRun(page); // the first run imports asyncio: not what a reader waits for later
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await warmRun(page));

    const coldMs = median(lesson);
    const bareMs = median(bare);
    return [
      {
        name: "cold start: lesson → example's Run ready",
        value: coldMs,
        unit: "ms",
        baseline: bareMs,
        ratio: coldMs / bareMs,
        note: `median of ${COLD_RUNS}; baseline: bare page, Pyodide in a worker + print(1); target ≤ 1.05×`,
      },
      {
        name: "cold start: lesson → first contentful paint",
        value: median(text),
        unit: "ms",
        note: "the lesson's text is readable long before Python is ready",
      },
      {
        name: "warm run (lesson): click Run → first line painted",
        value: median(warm),
        unit: "ms",
        note: `gather example, median of ${WARM_RUNS}; target ≤ 30 ms`,
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
