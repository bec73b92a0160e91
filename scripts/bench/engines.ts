/**
 * Cold first output in each engine: navigation → the first line the gather lesson's first example
 * prints, its Run clicked as soon as the button is in the page, in a fresh browser (nothing
 * cached); against the bare Pyodide page (public/bench/bare.html, the start-up bench's baseline:
 * navigation → a worker's Pyodide printed) in the same engine. Chromium and Firefox (firefox-esr)
 * through puppeteer-core, WebKit (WebKitGTK's MiniBrowser under Xvfb) through WebKitWebDriver, as
 * in the cross-engine tests (e2e/engines/drivers.ts). Rounds interleave engines and pages;
 * medians. An engine whose browser is not installed is left out, saying so.
 */
import { existsSync } from "node:fs";
import type { Figure } from "../bench";
import { median, root } from "../bench-support";
import {
  ENGINES,
  launch,
  missing,
  waitFor,
  type EngineName,
  type EnginePage,
} from "../../e2e/engines/drivers";
import { serveSite } from "../../e2e/engines/site";

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3;
const TIMEOUT_MS = 180_000;
const RUN = "figure[data-example-file] button[data-python]";

/** Starts loading `url` and returns at once (WebDriver's own navigation waits for the load). */
async function startLoading(page: EnginePage, url: string): Promise<void> {
  await page.evaluate((href: string) => {
    setTimeout(() => location.assign(href));
    return true;
  }, url);
}

/** Milliseconds from navigation until the bare page's worker printed. */
async function bare(page: EnginePage, origin: string): Promise<number> {
  await startLoading(page, `${origin}/bench/bare.html`);
  return waitFor(
    page,
    "the bare page's print",
    TIMEOUT_MS,
    () => (window as unknown as { benchReady?: number }).benchReady ?? 0,
  );
}

interface Lesson {
  ms: number;
  /** The first click started nothing (Python became ready and the page sat idle): clicked again. */
  lost: boolean;
}

/** Milliseconds from navigation until the first example's output began, Run clicked at once. */
async function lesson(page: EnginePage, origin: string): Promise<Lesson> {
  await startLoading(page, `${origin}/lessons/gather/`);
  await waitFor(
    page,
    "the Run button",
    TIMEOUT_MS,
    (css: string) =>
      location.pathname === "/lessons/gather/" && Boolean(document.querySelector(css)),
    RUN,
  );
  await page.click(RUN);
  // In the page, so the moment is exact whatever the driver's polling: a part of the live run's
  // output (a recorded run's is on the page from the start).
  await page.evaluate(() => {
    const w = window as unknown as { firstLine?: number };
    const figure = document.querySelector("figure[data-example-file]")!;
    const check = () => {
      const part = [...figure.querySelectorAll('[role="log"] [data-part]')].find(
        (el) => !el.closest("[data-recorded-run]"),
      );
      if (part && w.firstLine === undefined) w.firstLine = performance.now();
    };
    new MutationObserver(check).observe(figure, { childList: true, subtree: true });
    check();
    return true;
  });
  let lost = false;
  let idleSince: number | undefined;
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const seen = await page.evaluate((css: string) => {
      const run = document.querySelector<HTMLButtonElement>(css);
      return {
        firstLine: (window as unknown as { firstLine?: number }).firstLine,
        idle: run?.dataset.python === "ready" && !run.disabled,
      };
    }, RUN);
    // WebDriver sends undefined back as null.
    if (typeof seen.firstLine === "number") return { ms: seen.firstLine, lost };
    // Python is ready and nothing runs: the early click was lost. Count it, and click again so
    // the figure still says when the output came.
    idleSince = seen.idle ? (idleSince ?? Date.now()) : undefined;
    if (!lost && idleSince !== undefined && Date.now() - idleSince > 1_500) {
      lost = true;
      await page.click(RUN);
    }
    if (Date.now() > deadline) throw new Error(`${page.engine}: no output after ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One visit in a fresh browser: a cold cache and a new Python. */
async function fresh<T>(engine: EngineName, visit: (page: EnginePage) => Promise<T>): Promise<T> {
  const page = await launch(engine, { waitForLoad: false });
  try {
    return await visit(page);
  } finally {
    await page.close();
  }
}

export default async function enginesBench(): Promise<Figure[]> {
  if (!existsSync(`${root}out/lessons/gather/index.html`)) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  const engines = ENGINES.filter((engine) => !missing(engine));
  const site = await serveSite();
  const bares = new Map<EngineName, number[]>(engines.map((e) => [e, []]));
  const lessons = new Map<EngineName, Lesson[]>(engines.map((e) => [e, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const engine of engines) {
        // Alternate which page goes first, so neither always gets the quieter machine.
        const bareFirst = round % 2 === 0;
        if (bareFirst) bares.get(engine)!.push(await fresh(engine, (p) => bare(p, site.origin)));
        lessons.get(engine)!.push(await fresh(engine, (p) => lesson(p, site.origin)));
        if (!bareFirst) bares.get(engine)!.push(await fresh(engine, (p) => bare(p, site.origin)));
      }
    }
  } finally {
    await site.close();
  }
  const figures: Figure[] = [];
  for (const engine of engines) {
    const baseline = median(bares.get(engine)!);
    const visits = lessons.get(engine)!;
    const value = median(visits.map((v) => v.ms));
    const lost = visits.filter((v) => v.lost).length;
    figures.push(
      {
        name: `${engine}: cold bare page → Python printed`,
        value: baseline,
        unit: "ms",
        note: `median of ${ROUNDS}`,
      },
      {
        name: `${engine}: cold lesson → first printed line, Run clicked at once`,
        value,
        unit: "ms",
        baseline,
        ratio: value / baseline,
        note: `median of ${ROUNDS}; baseline: cold bare page, same engine; first click lost in ${lost} of ${visits.length}`,
      },
    );
  }
  for (const engine of ENGINES.filter((e) => !engines.includes(e))) {
    figures.push({ name: `${engine}: skipped`, value: NaN, unit: "", note: missing(engine) ?? "" });
  }
  return figures;
}
