/**
 * What a reader waits for: navigation → the first line a program prints, with Run clicked as soon as
 * the button is on the page. Cold (first visit, fresh browser profile) and repeat (same profile: the
 * service worker's cache and the Python snapshot in place), on a lesson and the playground, against
 * the bare page (Pyodide in a worker + print) in its cold state. Interleaved rounds, medians.
 */
import { existsSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import type { Figure } from "../bench";
import { bareReady, launchChromium, median, root, serveOut } from "../bench-support";

const ROUNDS = 3;

/** Navigation → first output text of the first example's (or the playground's) Run. */
async function firstLine(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  const scope = url.includes("/playground/") ? "main" : "figure[data-example-file]";
  const run = page.locator(scope).first().getByRole("button", { name: "Run", exact: true });
  await run.click({ timeout: 60_000 });
  const handle = await page.waitForFunction(
    (selector) => {
      // A part of the program's output (the log holds hints and notes before that), in the live
      // run's log, not in a recorded run's (shown from the first paint).
      const part = [...document.querySelectorAll(`${selector} [role="log"] [data-part]`)].find(
        (element) => !element.closest("[data-recorded-run]"),
      );
      return part ? performance.now() : false;
    },
    scope,
    { polling: "raf", timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** A first visit, then (same profile, once the snapshot is saved) a repeat visit. */
async function visits(browser: Browser, url: string): Promise<[number, number]> {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  try {
    const page = await context.newPage();
    const cold = await firstLine(page, url);
    await page.waitForFunction(
      async () =>
        document.documentElement.dataset.offline === "ready" &&
        (await (await caches.open("asyncio-live-python-snapshot")).keys()).length > 0,
      undefined,
      { timeout: 180_000, polling: 500 },
    );
    const repeat = await firstLine(await context.newPage(), url);
    return [cold, repeat];
  } finally {
    await context.close();
  }
}

export default async function startupBench(): Promise<Figure[]> {
  if (!existsSync(`${root}out/lessons/gather/index.html`)) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  const { base, server } = await serveOut(true);
  const browser = await launchChromium();
  try {
    const bare: number[] = [];
    const lesson: [number[], number[]] = [[], []];
    const playground: [number[], number[]] = [[], []];
    for (let i = 0; i < ROUNDS; i++) {
      const context = await browser.newContext();
      bare.push(await bareReady(await context.newPage(), base));
      await context.close();
      const [lc, lr] = await visits(browser, `${base}/lessons/gather/`);
      lesson[0].push(lc);
      lesson[1].push(lr);
      const [pc, pr] = await visits(browser, `${base}/playground/`);
      playground[0].push(pc);
      playground[1].push(pr);
    }
    const baseline = median(bare);
    const figure = (name: string, values: number[], target: string): Figure => {
      const value = median(values);
      return {
        name,
        value,
        unit: "ms",
        baseline,
        ratio: value / baseline,
        note: `median of ${ROUNDS}; baseline: cold bare page; target ${target}`,
      };
    };
    return [
      figure("cold visit: lesson → first printed line", lesson[0], "≤ 1.0×"),
      figure("cold visit: playground → first printed line", playground[0], "≤ 1.0×"),
      figure("repeat visit: lesson → first printed line", lesson[1], "≤ 0.2×"),
      figure("repeat visit: playground → first printed line", playground[1], "≤ 0.2×"),
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
