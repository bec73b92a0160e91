/**
 * The event loop view's costs:
 * - recording: the 10,000-task gather, traced, with the loop trace (Trace.loop) on vs off, end to
 *   end through runProgram (Python + JSON + validation + expansion) and in process CPU time;
 * - stepping: in headless Chromium against the exported site (out/, built beforehand), a
 *   1,000-task program in the playground, a press of "Iteration →" (and "← Iteration") until the
 *   "Event loop" region changed and the next frame was painted.
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
    const worst = (xs: number[]) => Math.max(...xs).toFixed(1);
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
        note: `the same presses, until a frame after the change; worst ${worst(painted)} ms`,
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}

export default async function loopBench(): Promise<Figure[]> {
  return [...(await recording()), ...(await stepping())];
}
