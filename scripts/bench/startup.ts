/**
 * What a reader waits for: navigation → the first line a program prints, with Run clicked as soon as
 * the button is on the page. Cold (first visit, fresh browser profile) and repeat (same profile: the
 * service worker's cache and the Python snapshot in place), on a lesson and the playground, against
 * the bare page (Pyodide in a worker + print) in its cold state. Interleaved rounds, medians.
 * Where the time goes: the `python:*` performance marks the runtime leaves on the page (worker
 * created, Pyodide's module in, booted or restored, engine installed, ready, warm-up, run), as
 * medians after navigation. And the snapshot made before the warm-up (`?python-snapshot=
 * before-warm-up`) against the default, made after it.
 */
import { existsSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import type { Figure } from "../bench";
import { bareReady, launchChromium, median, root, serveOut } from "../bench-support";

const ROUNDS = 3;

interface Visit {
  /** Navigation → first printed line, ms. */
  ms: number;
  /** The runtime's `python:*` marks, ms after navigation. */
  marks: Record<string, number>;
}

/** Navigation → first output text of the first example's (or the playground's) Run. */
async function firstLine(page: Page, url: string): Promise<Visit> {
  await page.goto(url, { waitUntil: "commit" });
  const scope = new URL(url).pathname.startsWith("/playground/")
    ? "main"
    : "figure[data-example-file]";
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
  const ms = (await handle.jsonValue()) as number;
  // The warm-up's marks come with the run's reply, after its first output.
  await page.waitForFunction(() => performance.getEntriesByName("python:run-start").length > 0);
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("python:"))
        .map((m) => [m.name.slice("python:".length), Math.round(m.startTime)]),
    ),
  );
  return { ms, marks };
}

/** A first visit, then (same profile, once the snapshot is saved) a repeat visit. */
async function visits(browser: Browser, url: string): Promise<[Visit, Visit]> {
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
    const lesson: [Visit[], Visit[]] = [[], []];
    const playground: [Visit[], Visit[]] = [[], []];
    const beforeWarmUp: [Visit[], Visit[]] = [[], []];
    const add = (into: [Visit[], Visit[]], [cold, repeat]: [Visit, Visit]) => {
      into[0].push(cold);
      into[1].push(repeat);
    };
    for (let i = 0; i < ROUNDS; i++) {
      const context = await browser.newContext();
      bare.push(await bareReady(await context.newPage(), base));
      await context.close();
      add(lesson, await visits(browser, `${base}/lessons/gather/`));
      add(playground, await visits(browser, `${base}/playground/`));
      add(
        beforeWarmUp,
        await visits(browser, `${base}/lessons/gather/?python-snapshot=before-warm-up`),
      );
    }
    const baseline = median(bare);
    const figure = (name: string, visits: Visit[], target: string): Figure => {
      const value = median(visits.map((v) => v.ms));
      return {
        name,
        value,
        unit: "ms",
        baseline,
        ratio: value / baseline,
        note: `median of ${ROUNDS}; baseline: cold bare page; target ${target}`,
      };
    };
    /** Each mark's median over the visits, in the order they happen. */
    const breakdown = (name: string, visits: Visit[]): Figure => {
      const names = [...new Set(visits.flatMap((v) => Object.keys(v.marks)))];
      const times = names
        .map((mark) => {
          const at = visits.map((v) => v.marks[mark]).filter((t) => t !== undefined);
          return [mark, median(at)] as const;
        })
        .sort((a, b) => a[1] - b[1]);
      const ready = times.find(([mark]) => mark === "ready")?.[1] ?? NaN;
      return {
        name,
        value: ready,
        unit: "ms",
        note: `navigation → Python ready; medians of each python:* mark: ${times
          .map(([mark, t]) => `${mark} ${Math.round(t)}`)
          .join(", ")}`,
      };
    };
    return [
      figure("cold visit: lesson → first printed line", lesson[0], "≤ 1.0×"),
      figure("cold visit: playground → first printed line", playground[0], "≤ 1.0×"),
      figure("repeat visit: lesson → first printed line", lesson[1], "≤ 0.2×"),
      figure("repeat visit: playground → first printed line", playground[1], "≤ 0.2×"),
      figure(
        "cold visit, snapshot made before the warm-up: lesson → first printed line",
        beforeWarmUp[0],
        "compare with the cold lesson visit",
      ),
      figure(
        "repeat visit, snapshot made before the warm-up: lesson → first printed line",
        beforeWarmUp[1],
        "compare with the repeat lesson visit (snapshot made after the warm-up)",
      ),
      breakdown("cold visit: lesson, where the time goes", lesson[0]),
      breakdown("repeat visit: lesson, where the time goes", lesson[1]),
      breakdown("repeat visit, snapshot before warm-up: where the time goes", beforeWarmUp[1]),
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
