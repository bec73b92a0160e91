/**
 * Timeline figures for a recorded 1,000-task run (lib/timeline/fixtures/thousand_tasks.json):
 * - layoutTimeline alone, in Node;
 * - layout + React render to HTML, in Node (no browser: the JavaScript cost only);
 * - layout + render + style + layout in headless Chromium: the component bundled with esbuild,
 *   styled with the site's Tailwind CSS, mounted with flushSync and measured until the browser
 *   has laid it out; plus how many lanes it put in the DOM (virtualisation) and one scroll step.
 * Target: ≤ 100 ms for the Chromium figure.
 */
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { Timeline } from "../../components/timeline/Timeline";
import type { RunResult } from "../../lib/runtime/trace";
import { layoutTimeline } from "../../lib/timeline/layout";
import type { Figure } from "../bench";
import { launchChromium, median, root } from "../bench-support";

const FIXTURE = `${root}lib/timeline/fixtures/thousand_tasks.json`;
const RUNS = 15;

function timeIt(fn: () => void, runs = RUNS): number {
  fn(); // warm-up: first calls compile
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The page's script: mounts the timeline for `window.RESULT` and reports timings. */
const ENTRY = `
import { createElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { Timeline } from "@/components/timeline/Timeline";

window.measure = async (runs) => {
  const host = document.getElementById("root");
  const mounts = [];
  for (let i = 0; i < runs; i++) {
    const root = createRoot(host);
    // A fresh object each time, so nothing is memoised between runs.
    const result = structuredClone(window.RESULT);
    const start = performance.now();
    flushSync(() => root.render(createElement(Timeline, { result })));
    void host.offsetHeight; // style and layout, as the first paint needs
    mounts.push(performance.now() - start);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    if (i < runs - 1) root.unmount();
  }
  const lanes = document.querySelectorAll("[data-lane]").length;
  const scroller = document.querySelector('[aria-label="Timeline chart"]');
  const steps = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    scroller.scrollTop += 400;
    scroller.dispatchEvent(new Event("scroll"));
    await new Promise((r) => setTimeout(r));
    void host.offsetHeight;
    steps.push(performance.now() - start);
  }
  return { mounts, lanes, steps };
};
`;

async function browserFigures(result: RunResult): Promise<Figure[]> {
  const esbuild = await import("esbuild");
  const bundle = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: root, loader: "tsx" },
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    jsx: "automatic",
    alias: { "@": root.replace(/\/$/, "") },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const { default: postcss } = await import("postcss");
  const { default: tailwind } = await import("@tailwindcss/postcss");
  // Two copies of postcss's types are installed (ours and vite's); the plugin works with either.
  const plugin = tailwind({ base: root }) as unknown as Parameters<typeof postcss>[0];
  const css = await postcss(plugin).process(readFileSync(`${root}app/globals.css`, "utf8"), {
    from: `${root}app/globals.css`,
  });

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(
      `<!doctype html><html><head><style>${css.css}</style></head><body><div id="root" style="max-width:960px;margin:2rem auto"></div></body></html>`,
    );
    await page.evaluate((r) => ((window as unknown as { RESULT: unknown }).RESULT = r), result);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const out = await page.evaluate(
      (runs) =>
        (
          window as unknown as {
            measure(runs: number): Promise<{ mounts: number[]; lanes: number; steps: number[] }>;
          }
        ).measure(runs),
      RUNS + 1,
    );
    const mounts = out.mounts.slice(1); // the first run also compiles the bundle
    return [
      {
        name: "1,000-task timeline: layout + render + browser layout (Chromium)",
        value: median(mounts),
        unit: "ms",
        note: `median of ${mounts.length}, max ${Math.max(...mounts).toFixed(0)} ms; target ≤ 100 ms`,
      },
      {
        name: "1,000-task timeline: lanes in the DOM",
        value: out.lanes,
        unit: "lanes",
        note: "of 1,001: only those on screen (plus a few) are rendered",
      },
      {
        name: "1,000-task timeline: one scroll step (400 px)",
        value: median(out.steps),
        unit: "ms",
        note: "re-render of the visible lanes + browser layout, median of 20",
      },
    ];
  } finally {
    await browser.close();
  }
}

export default async function timelineBench(): Promise<Figure[]> {
  const { result } = JSON.parse(readFileSync(FIXTURE, "utf8")) as { result: RunResult };
  if (result.trace.tasks.length !== 1001) throw new Error("fixture is not the 1,000-task run");

  const layoutMs = timeIt(() => layoutTimeline(result.trace));
  const renderMs = timeIt(() => renderToString(createElement(Timeline, { result: { ...result } })));
  return [
    {
      name: "1,000-task timeline: layoutTimeline (Node)",
      value: layoutMs,
      unit: "ms",
      note: `median of ${RUNS}`,
    },
    {
      name: "1,000-task timeline: layout + React render to HTML (Node)",
      value: renderMs,
      unit: "ms",
      note: `median of ${RUNS}; no browser`,
    },
    ...(await browserFigures(result)),
  ];
}
