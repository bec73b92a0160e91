/**
 * Recorded runs (lib/recorded/): navigation → the first example's recorded output and timeline
 * visible, against the cold bare page (Pyodide in a worker + print), cold visits, interleaved rounds,
 * medians; and the bytes recordings add to a lesson page: the recorded-run markup and data in each
 * exported lesson's HTML, gzip, measured by cutting them out of the page. `npm run record`'s own time
 * is printed by the command itself.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import type { Figure } from "../bench";
import { bareReady, launchChromium, median, root, serveOut } from "../bench-support";

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

export default async function recordedBench(): Promise<Figure[]> {
  const lessons = path.join(root, "out", "lessons");
  if (!existsSync(path.join(lessons, "gather", "index.html"))) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  const added: number[] = [];
  for (const slug of readdirSync(lessons)) {
    const file = path.join(lessons, slug, "index.html");
    if (!existsSync(file)) continue;
    const { whole, without } = pageBytes(readFileSync(file, "utf8"));
    added.push(whole - without);
  }
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
    const mean = added.reduce((sum, bytes) => sum + bytes, 0) / added.length;
    return [
      {
        name: "cold visit: lesson → first example's recorded output + timeline",
        value,
        unit: "ms",
        baseline,
        ratio: value / baseline,
        note: `median of ${ROUNDS}; baseline: cold bare page; target ≤ 0.05×`,
      },
      {
        name: "recordings in a lesson page's HTML (gzip), mean",
        value: mean / 1024,
        unit: "KiB",
        note: `${added.length} lessons, largest ${(Math.max(...added) / 1024).toFixed(1)} KiB; target ≤ 30 KiB`,
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
