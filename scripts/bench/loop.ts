/**
 * The event loop view's costs:
 * - recording: the 10,000-task gather, traced, with the loop trace (Trace.loop) on vs off, end to
 *   end through runProgram (Python + JSON + validation + expansion) and in process CPU time;
 * - stepping: in headless Chromium against the exported site (out/, built beforehand), a
 *   1,000-task program in the playground, a press of "Iteration →" (and "← Iteration") until the
 *   "Event loop" region changed and the next frame was painted;
 * - responsiveness on 100,000 tasks (ten waves of a 10,000-task gather: one gather of 100,000
 *   would hit the step limit), in the playground with the loop trace on against the same page
 *   with `?loop-trace=off`, in the same run: the longest main-thread task (PerformanceObserver
 *   "longtask") from Run until the result is shown, the playhead scrubbed with the arrow key, and
 *   (loop trace on) step presses across the run, from the detail window into the counted part.
 */
import { existsSync } from "node:fs";
import type { Page } from "@playwright/test";
import { createNodeEngine } from "../../lib/runtime/node-runtime";
import { encodeShareFragment } from "../../lib/share/link";
import type { Figure } from "../bench";
import { launchChromium, median, root, serveOut } from "../bench-support";

const tasks = (n: number) => `import asyncio

async def worker(i):
    await asyncio.sleep(1)
    return i

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(${n})))
    print(sum(results))

asyncio.run(main())
`;

async function recording(): Promise<Figure[]> {
  const engine = await createNodeEngine();
  const program = tasks(10_000);
  const time = (loopTrace: boolean) => {
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    const r = engine.run(program, { loopTrace });
    const cpu = process.cpuUsage(cpu0);
    const ms = performance.now() - start;
    if (r.stdout !== "49995000\n" || r.limit || r.error) throw new Error("10k program misbehaved");
    if (loopTrace !== Boolean(r.trace.loop)) throw new Error("loopTrace option not honoured");
    return { ms, cpu: (cpu.user + cpu.system) / 1000 };
  };
  time(true);
  time(false);
  const on: number[] = [];
  const off: number[] = [];
  const onCpu: number[] = [];
  const offCpu: number[] = [];
  for (let i = 0; i < 9; i++) {
    // Alternate so that load from other processes hits both sides alike.
    const a = time(false);
    const b = time(true);
    off.push(a.ms);
    offCpu.push(a.cpu);
    on.push(b.ms);
    onCpu.push(b.cpu);
  }
  const traced = engine.run(program);
  const loop = traced.trace.loop!;
  return [
    {
      name: "gather 10,000 tasks, loop trace on (end to end)",
      value: median(on),
      unit: "ms",
      baseline: median(off),
      ratio: median(on) / median(off),
      note: "median of 9; baseline = task trace only (loopTrace: false); target ratio <= 1.10",
    },
    {
      name: "gather 10,000 tasks, loop trace on (CPU time)",
      value: median(onCpu),
      unit: "ms",
      baseline: median(offCpu),
      ratio: median(onCpu) / median(offCpu),
      note: "median of 9; process CPU time, steadier than wall time on a shared machine",
    },
    {
      name: "gather 10,000 tasks, loop trace size",
      value: loop.iterations.length,
      unit: "iterations",
      note: `${loop.timers.length} timers; detail for the first ${loop.detailLimit} handles (${loop.detail === null ? "all" : `iterations 0-${loop.detail - 1}`})`,
    },
  ];
}

/** Collects the page's long tasks (> 50 ms on the main thread) from its start. */
const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { longTasks: [number, number][] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
};

const longTasksSince = (page: Page, since: number) =>
  page.evaluate(
    (from) =>
      (window as unknown as { longTasks: [number, number][] }).longTasks
        .filter(([start]) => start >= from)
        .map(([, duration]) => duration),
    since,
  );

/** One press of a step button → the region's DOM changed (`dom`), and a frame was painted after
 * it (`painted`). */
async function stepLatency(page: Page, name: string): Promise<{ dom: number; painted: number }> {
  return page.evaluate(
    (label) =>
      new Promise<{ dom: number; painted: number }>((resolve, reject) => {
        const region = document.querySelector("[data-loop-view]")!;
        const button = [...region.querySelectorAll("button")].find(
          (b) => b.textContent?.trim() === label,
        );
        if (!button) return reject(new Error(`no button ${label}`));
        let start = 0;
        const observer = new MutationObserver(() => {
          observer.disconnect();
          const dom = performance.now() - start;
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ dom, painted: performance.now() - start })),
          );
        });
        observer.observe(region, { subtree: true, childList: true, characterData: true });
        start = performance.now();
        button.click();
      }),
    name,
  );
}

async function stepping(): Promise<Figure[]> {
  if (!existsSync(`${root}out/playground/index.html`)) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  const { base, server } = await serveOut();
  const browser = await launchChromium();
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(`${base}/playground/${encodeShareFragment(tasks(1_000))}`);
    await page.waitForSelector('main button[data-python="ready"]', { timeout: 120_000 });
    const run = page.getByRole("button", { name: "Run", exact: true });
    await run.click();
    const region = page.getByRole("region", { name: "Event loop" });
    await region.waitFor({ timeout: 120_000 });
    await page
      .getByRole("button", { name: "Skip to end" })
      .click()
      .catch(() => undefined);
    await region.getByRole("button", { name: "⇤ Start" }).click();
    const since = await page.evaluate(() => performance.now());
    const dom: number[] = [];
    const painted: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (const name of ["Iteration →", "← Iteration"]) {
        for (let i = 0; i < 5; i++) {
          const t = await stepLatency(page, name);
          dom.push(t.dom);
          painted.push(t.painted);
        }
      }
    }
    const long = await longTasksSince(page, since);
    const worst = (xs: number[]) => Math.max(...xs).toFixed(1);
    const worstAt = painted.indexOf(Math.max(...painted)) + 1;
    return [
      {
        name: "step press → Event loop view updated (1,000 tasks)",
        value: median(dom),
        unit: "ms",
        note: `median of ${dom.length} presses (forward and back over the first iterations, up to 1,000 ready handles each), to the DOM change; worst ${worst(dom)} ms; target <= 16 ms`,
      },
      {
        name: "step press → next frame painted (1,000 tasks)",
        value: median(painted),
        unit: "ms",
        note: `the same presses, until a frame after the change; worst ${worst(painted)} ms (press ${worstAt}); long tasks meanwhile: ${long.length ? long.map((d) => d.toFixed(0)).join(", ") : "none"} ms`,
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}

const hundredThousand = `import asyncio

async def worker(i):
    await asyncio.sleep(1)
    return i

async def main():
    total = 0
    for wave in range(10):
        start = wave * 10_000
        results = await asyncio.gather(*(worker(i) for i in range(start, start + 10_000)))
        total += sum(results)
    print(total)

asyncio.run(main())
`;

/** A key pressed on the focused element → a frame painted after React's update (keydown is a
 * discrete event: React renders before dispatchEvent returns). */
const keyLatency = (page: Page, key: string) =>
  page.evaluate(
    (k) =>
      new Promise<number>((resolve) => {
        const el = document.activeElement!;
        const start = performance.now();
        el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      }),
    key,
  );

interface BigRun {
  /** Longest main-thread task and total blocking time (sum of each task's time over 50 ms),
   * from Run until 2 s after the result was shown. */
  finishLongest: number;
  finishBlocking: number;
  /** Run → the printed total on the page (Python's time included). */
  runMs: number;
  scrub: number[];
  scrubLongest: number;
  /** Loop trace on only: step presses, to the view's DOM change and to the next frame. */
  stepsDom: number[];
  steps: number[];
  stepLongest: number;
  large: boolean;
}

async function bigRun(base: string, loopTrace: boolean): Promise<BigRun> {
  const browser = await launchChromium();
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    const query = loopTrace ? "" : "?loop-trace=off";
    await page.goto(`${base}/playground/${query}${encodeShareFragment(hundredThousand)}`);
    await page.waitForSelector('main button[data-python="ready"]', { timeout: 180_000 });
    await page.waitForTimeout(2_000); // let start-up's own work end
    const since = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.getByText("4999950000").first().waitFor({ timeout: 600_000 });
    const runMs = (await page.evaluate(() => performance.now())) - since;
    const region = page.getByRole("region", { name: "Event loop" });
    if (loopTrace) await region.waitFor({ timeout: 60_000 });
    await page
      .getByRole("button", { name: "Skip to end" })
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await page.waitForTimeout(2_000);
    const finish = await longTasksSince(page, since);
    const large = loopTrace && (await region.locator("[data-loop=large]").count()) > 0;

    // Scrub: the playhead slider, moved back from the end with the arrow key.
    const slider = page.getByRole("slider", { name: "Playhead" }).first();
    await slider.focus();
    const scrubSince = await page.evaluate(() => performance.now());
    const scrub: number[] = [];
    for (let i = 0; i < 20; i++) scrub.push(await keyLatency(page, "ArrowLeft"));
    const scrubLong = await longTasksSince(page, scrubSince);

    const steps: number[] = [];
    const stepsDom: number[] = [];
    let stepLong: number[] = [];
    const press = async (name: string) => {
      const t = await stepLatency(page, name);
      stepsDom.push(t.dom);
      steps.push(t.painted);
    };
    if (loopTrace) {
      await region.getByRole("button", { name: "⇤ Start" }).click();
      const stepSince = await page.evaluate(() => performance.now());
      // Callback by callback through the first iterations (10,000 ready), then iteration by
      // iteration across the run (into the counted part), back, and the jumps to the ends.
      for (let i = 0; i < 10; i++) await press("Callback ›");
      for (let i = 0; i < 30; i++) await press("Iteration →");
      for (let i = 0; i < 10; i++) await press("← Iteration");
      await press("End ⇥");
      await press("⇤ Start");
      stepLong = await longTasksSince(page, stepSince);
    }
    const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
    return {
      finishLongest: max(finish),
      finishBlocking: finish.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      runMs,
      scrub,
      scrubLongest: max(scrubLong),
      stepsDom,
      steps,
      stepLongest: max(stepLong),
      large,
    };
  } finally {
    await browser.close();
  }
}

async function responsiveness(): Promise<Figure[]> {
  const { base, server } = await serveOut();
  try {
    // Off first, then on: one run each (a 100,000-task run takes a minute or more here).
    const off = await bigRun(base, false);
    const on = await bigRun(base, true);
    if (!on.large) throw new Error("the 100,000-task run did not show the 'Large program' note");
    const worst = (xs: number[]) => Math.max(...xs).toFixed(1);
    return [
      {
        name: "100,000 tasks: longest main-thread task, Run → result shown",
        value: on.finishLongest,
        unit: "ms",
        baseline: off.finishLongest,
        ratio: on.finishLongest / off.finishLongest,
        note: `loop trace on vs off (?loop-trace=off), same page and build; total blocking ${on.finishBlocking.toFixed(0)} vs ${off.finishBlocking.toFixed(0)} ms; Run → printed ${(on.runMs / 1000).toFixed(1)} vs ${(off.runMs / 1000).toFixed(1)} s; target <= 200 ms`,
      },
      {
        name: "100,000 tasks: scrub the playhead (← key → frame painted)",
        value: median(on.scrub),
        unit: "ms",
        baseline: median(off.scrub),
        ratio: median(on.scrub) / median(off.scrub),
        note: `median of ${on.scrub.length}; the Event loop view follows the playhead; worst ${worst(on.scrub)} vs ${worst(off.scrub)} ms; longest task ${on.scrubLongest.toFixed(0)} vs ${off.scrubLongest.toFixed(0)} ms`,
      },
      {
        name: "100,000 tasks: step press → Event loop view updated",
        value: median(on.stepsDom),
        unit: "ms",
        note: `median of ${on.stepsDom.length} presses (callbacks in a 10,000-handle iteration, iterations into the counted part and back, End, Start), to the DOM change; worst ${worst(on.stepsDom)} ms; longest task ${on.stepLongest.toFixed(0)} ms; target median <= 16 ms, no task over 200 ms`,
      },
      {
        name: "100,000 tasks: step press → next frame painted",
        value: median(on.steps),
        unit: "ms",
        note: `the same presses, until a frame after the change; worst ${worst(on.steps)} ms`,
      },
    ];
  } finally {
    server.kill();
  }
}

const PARTS = { recording, stepping, responsiveness };

/** `LOOP_PARTS=stepping,responsiveness npm run bench -- loop` runs only those parts. */
export default async function loopBench(): Promise<Figure[]> {
  const asked = process.env.LOOP_PARTS?.split(",") ?? Object.keys(PARTS);
  const figures: Figure[] = [];
  for (const [name, part] of Object.entries(PARTS))
    if (asked.includes(name)) figures.push(...(await part()));
  return figures;
}
