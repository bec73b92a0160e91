/**
 * Recorded runs (lib/recorded/), the figures of their issue side by side:
 * - navigation → the first example's recorded output and timeline visible, against the cold bare
 *   page (Pyodide in a worker + print), cold visits, interleaved rounds, medians;
 * - build time: the work of `npm run record` (one Pyodide booted, every program recorded as the
 *   command does, nothing written), and what `next build` spends on recordings: reading and
 *   validating the committed files (it runs no Python);
 * - the bytes recordings add to a lesson page: the recorded-run markup and data in each exported
 *   lesson's HTML, gzip, measured by cutting them out of the page; with `--compare DIR` (a build of
 *   the commit before recorded runs) also each lesson's page against the same page there. A page
 *   fetches no recording data: the run is in its HTML, and out/ holds no recording file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { parseRecording } from "../../lib/recorded/format";
import { readShownRecording } from "../../lib/recorded/load";
import { recordedPrograms } from "../../lib/recorded/programs";
import { recordProgram } from "../../lib/recorded/record";
import { createNodeEngine } from "../../lib/runtime/node-runtime";
import type { Figure } from "../bench";
import { bareReady, compareSite, launchChromium, median, root, serveOut } from "../bench-support";
import { gzippedBytes, initialScripts } from "./js";

const ROUNDS = 3;

async function recordedVisible(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    () => {
      const first = document.querySelector("figure[data-example-file]");
      const part = first?.querySelector('[data-recorded-run] [role="log"] [data-part]');
      const chart = first?.querySelector("[data-recorded-run] [data-timeline] svg");
      return part && chart ? performance.now() : false;
    },
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Cuts each `"recorded":{...}` prop out of the page's flight data (JSON inside JS strings, so its
 * quotes are escaped: `\"`), matching braces outside JSON strings.
 */
const BACKSLASH = "\\";

function withoutRecordedProps(html: string): string {
  const key = '\\"recorded\\":{';
  let out = "";
  let from = 0;
  for (let at = html.indexOf(key); at !== -1; at = html.indexOf(key, from)) {
    out += html.slice(from, at);
    let depth = 0;
    let inString = false;
    let i = at + key.length - 1;
    for (; i < html.length; i++) {
      // In the JS string, a backslash escapes the next character; an escaped quote is JSON's.
      if (html[i] !== BACKSLASH) {
        if (!inString && html[i] === "{") depth++;
        else if (!inString && html[i] === "}" && --depth === 0) break;
        continue;
      }
      // \" is a JSON quote; \\\" (a JSON-escaped quote) and \\ stay inside the string.
      if (html[i + 1] === '"') inString = !inString;
      else if (html.startsWith(`${BACKSLASH}${BACKSLASH}${BACKSLASH}"`, i)) i += 2;
      i += 1;
    }
    from = i + 1;
  }
  return out + html.slice(from);
}

/** A lesson page's gzip size, and the same page without its recorded runs (markup and data). */
function pageBytes(html: string): { whole: number; without: number } {
  const without = withoutRecordedProps(
    html.replace(/<details[^>]*data-recorded-state[\s\S]*?<\/details>/g, ""),
  );
  return { whole: gzipSync(html).length, without: gzipSync(without).length };
}

/**
 * What `npm run record` does (scripts/record-runs.ts), timed, without writing: boot one Pyodide with
 * the engine, then record every program (each run five times, see recordProgram).
 */
async function recordTimes(): Promise<{ boot: number; record: number; programs: number }> {
  const programs = recordedPrograms();
  const started = performance.now();
  const engine = await createNodeEngine();
  const booted = performance.now();
  for (const program of programs) {
    recordProgram(engine, readFileSync(program.source, "utf8"), program.options);
  }
  return { boot: booted - started, record: performance.now() - booted, programs: programs.length };
}

/** What `next build` does with recordings: read, validate and expand each one a page shows. */
function buildReadTime(): { ms: number; shown: number } {
  const started = performance.now();
  let shown = 0;
  for (const program of recordedPrograms()) {
    const code = readFileSync(program.source, "utf8");
    if (readShownRecording(program.recording, code, program.options)) shown++;
  }
  return { ms: performance.now() - started, shown };
}

/** Files under `dir` (recursively) whose contents parse as a recording: none should be served. */
function servedRecordings(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
    const file = path.join(entry.parentPath, entry.name);
    try {
      parseRecording(readFileSync(file, "utf8"), file);
      found.push(path.relative(dir, file));
    } catch {
      // Not a recording.
    }
  }
  return found;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Each lesson page's gzip size here against the same page in another build (lessons in both). */
function againstOtherBuild(lessons: string, other: string): Map<string, number> {
  const added = new Map<string, number>();
  for (const slug of readdirSync(lessons)) {
    const ours = path.join(lessons, slug, "index.html");
    const theirs = path.join(other, "lessons", slug, "index.html");
    if (!existsSync(ours) || !existsSync(theirs)) continue;
    added.set(slug, gzipSync(readFileSync(ours)).length - gzipSync(readFileSync(theirs)).length);
  }
  return added;
}

export default async function recordedBench(): Promise<Figure[]> {
  const lessons = path.join(root, "out", "lessons");
  if (!existsSync(path.join(lessons, "gather", "index.html"))) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  const other = compareSite();
  const added: number[] = [];
  let largest = "";
  for (const slug of readdirSync(lessons)) {
    const file = path.join(lessons, slug, "index.html");
    if (!existsSync(file)) continue;
    const { whole, without } = pageBytes(readFileSync(file, "utf8"));
    if (whole - without > Math.max(0, ...added)) largest = slug;
    added.push(whole - without);
  }
  const served = servedRecordings(path.join(root, "out"));
  const bytesFigures: Figure[] = [
    {
      name: "recordings in a lesson page's HTML (gzip), mean",
      value: mean(added) / 1024,
      unit: "KiB",
      note: `${added.length} lessons, largest ${kib(Math.max(...added))} (${largest}); cut out of each page; recording files served: ${served.length ? served.join(", ") : "none (nothing fetched)"}; target ≤ 30 KiB`,
    },
  ];
  if (other) {
    const compared = againstOtherBuild(lessons, other);
    const values = [...compared.values()];
    const [maxSlug, maxBytes] = [...compared].reduce((a, b) => (b[1] > a[1] ? b : a));
    bytesFigures.push({
      name: "lesson page's HTML (gzip) against the compared build, mean added",
      value: mean(values) / 1024,
      unit: "KiB",
      note: `${compared.size} lessons in both builds, largest ${kib(maxBytes)} (${maxSlug}); includes every other change between the builds`,
    });
    // The recorded run's own code loads when the reader comes near it: only its wrapper is here.
    const js = (site: string) => gzippedBytes(site, initialScripts(site, "/lessons/gather/"));
    const ours = js(path.join(root, "out"));
    bytesFigures.push({
      name: "gather lesson's JS its HTML loads (gzip), against the compared build",
      value: ours / 1024,
      unit: "KiB",
      baseline: js(other) / 1024,
      ratio: ours / js(other),
      note: `+${kib(ours - js(other))}; every script and preload in the HTML`,
    });
  }
  // Before the browser: the Node engine's CPU work would otherwise overlap the page loads.
  const times = await recordTimes();
  const read = buildReadTime();
  const buildFigures: Figure[] = [
    {
      name: "npm run record's work: boot Pyodide + record every program",
      value: (times.boot + times.record) / 1000,
      unit: "s",
      note: `${times.programs} programs × 5 runs; boot ${(times.boot / 1000).toFixed(1)} s, recording ${(times.record / 1000).toFixed(1)} s; nothing written; target ≤ 60 s`,
    },
    {
      name: "next build's recording work: read + validate every recording",
      value: read.ms,
      unit: "ms",
      note: `${read.shown} of ${times.programs} shown; next build runs no Python (recordings are committed)`,
    },
  ];
  const { base, server } = await serveOut(true);
  const browser = await launchChromium();
  try {
    const bare: number[] = [];
    const recorded: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const bareContext = await browser.newContext();
      bare.push(await bareReady(await bareContext.newPage(), base));
      await bareContext.close();
      const context = await browser.newContext();
      recorded.push(await recordedVisible(await context.newPage(), `${base}/lessons/gather/`));
      await context.close();
    }
    const baseline = median(bare);
    const value = median(recorded);
    return [
      {
        name: "cold visit: lesson → first example's recorded output + timeline",
        value,
        unit: "ms",
        baseline,
        ratio: value / baseline,
        note: `median of ${ROUNDS}; baseline: cold bare page; target ≤ 0.05×`,
      },
      ...buildFigures,
      ...bytesFigures,
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
