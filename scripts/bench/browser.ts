/**
 * Browser runtime figures, in headless Chromium against the exported site (out/, built
 * beforehand: this module builds nothing). Cold start of /playground beside a bare page that only
 * loads Pyodide in a worker (public/bench/), and warm Run → first output line painted.
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

const COLD_RUNS = 5;
const WARM_RUNS = 20;

/** Milliseconds from navigation start until the playground's Run button says "Run". */
async function playgroundReady(page: Page, base: string): Promise<number> {
  await page.goto(`${base}/playground/`);
  const handle = await page.waitForFunction(
    () => {
      // The Run button says whether Python is ready (it queues a click while loading).
      return document.querySelector('main button[data-python="ready"]') ? performance.now() : false;
    },
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Click Run → the first line of output painted (a frame after it entered the DOM). */
async function warmRun(page: Page): Promise<number> {
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const log = document.querySelector('[role="log"]')!;
        const run = [...document.querySelectorAll("main button")].find(
          (b) => b.textContent === "Run",
        ) as HTMLButtonElement;
        let start = 0;
        const observer = new MutationObserver(() => {
          if (!log.textContent?.includes("Fetching data 1")) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        });
        observer.observe(log, { subtree: true, childList: true, characterData: true });
        start = performance.now();
        run.click();
      }),
  );
  // Run comes back once the output's replay ended.
  await page.waitForFunction(
    () => !document.querySelector<HTMLButtonElement>("main button[data-python]")?.disabled,
  );
  return ms;
}

const BUSY_LOOP = "while True:\n    pass\n";
/** Swallows KeyboardInterrupt, so only terminating the worker ends it. */
const STUBBORN_LOOP =
  "while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass\n";

async function stopLatency(page: Page, program = BUSY_LOOP, spinMs = 300): Promise<number> {
  // The playground's editor is Monaco: paste the program over the whole text.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.locator("main .monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((text) => navigator.clipboard.writeText(text), program);
  await page.keyboard.press("ControlOrMeta+V");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.getByRole("button", { name: "Stop", exact: true }).waitFor({ state: "visible" });
  await page.waitForFunction(() => {
    const stop = [...document.querySelectorAll("main button")].find(
      (b) => b.textContent === "Stop",
    ) as HTMLButtonElement | undefined;
    return stop && !stop.disabled;
  });
  await page.waitForTimeout(spinMs);
  const started = Date.now();
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await page.getByRole("button", { name: "Run", exact: true }).waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

export default async function browserBench(): Promise<Figure[]> {
  if (!existsSync(`${root}out/playground/index.html`)) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  const isolated = await serveOut(true);
  const plain = await serveOut(false);
  const browser = await launchChromium();
  try {
    const playground: number[] = [];
    const bare: number[] = [];
    // Interleaved, so a busy moment on the machine weighs on both alike.
    for (let i = 0; i < COLD_RUNS; i++) {
      bare.push(await inFreshContext(browser, (page) => bareReady(page, isolated.base)));
      playground.push(
        await inFreshContext(browser, (page) => playgroundReady(page, isolated.base)),
      );
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await playgroundReady(page, isolated.base);
    await warmRun(page); // the first run imports asyncio: not what a reader waits for later
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await warmRun(page));
    const interrupt = await stopLatency(page);
    const fallback = await stopLatency(page, STUBBORN_LOOP);
    await context.close();

    // Without isolation Stop terminates the worker; the spare makes the next Run instant.
    const plainContext = await browser.newContext();
    const plainPage = await plainContext.newPage();
    await playgroundReady(plainPage, plain.base);
    // The spare starts once a run has gone on for a second: spin long enough for it to load.
    const terminate = await stopLatency(plainPage, BUSY_LOOP, 15_000);
    await plainContext.close();

    const coldMs = median(playground);
    const bareMs = median(bare);
    const warmMs = median(warm);
    return [
      {
        name: "cold start: /playground → Run ready",
        value: coldMs,
        unit: "ms",
        baseline: bareMs,
        ratio: coldMs / bareMs,
        note: `median of ${COLD_RUNS}; baseline: bare page, Pyodide in a worker + print(1); target ≤ 1.05×`,
      },
      {
        name: "warm run: click Run → first line painted",
        value: warmMs,
        unit: "ms",
        note: `seed gather example, median of ${WARM_RUNS}; target ≤ 30 ms`,
      },
      {
        name: "Stop (interrupt) → Run again",
        value: interrupt,
        unit: "ms",
        note: "cross-origin isolated, while True: pass, one run",
      },
      {
        name: "Stop (ignored interrupt → terminate) → Run again",
        value: fallback,
        unit: "ms",
        note: "cross-origin isolated, no spare: 1.5 s grace, then a fresh Pyodide loads; one run",
      },
      {
        name: "Stop (terminate) → Run again",
        value: terminate,
        unit: "ms",
        note: "not isolated, Stop after 15 s of spinning: the spare worker (started 1 s into the run) promoted; one run",
      },
    ];
  } finally {
    await browser.close();
    isolated.server.kill();
    plain.server.kill();
  }
}
