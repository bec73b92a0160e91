/**
 * Lighthouse (12.2.3, the last to run on Node 20) on a lesson page, mobile preset (its default:
 * a mid-range phone, simulated slow 4G and a 4× slower CPU), against the exported site served by
 * scripts/serve.mjs. Reports the four category scores and LCP / TBT, medians over a few runs.
 * Debian's Chromium needs `--headless=new` (plain `--headless` fails with NO_NAVSTART).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Figure } from "../bench";
import { median, root, serveOut } from "../bench-support";
import { chromiumLaunchOptions } from "../chromium";

const LESSON = "/lessons/gather/";
const RUNS = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { overallSavingsBytes?: number } }>;
  runWarnings?: string[];
}

/** One Lighthouse run (its CLI, in a child process: it launches and ends its own Chromium). */
async function runLighthouse(url: string, dir: string, index: number): Promise<Report> {
  const cli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");
  const output = path.join(dir, `report-${index}.json`);
  // Only these: with Playwright's extra flags (--disable-background-networking, …) Chromium showed an
  // interstitial instead of the page.
  const flags = ["--headless=new", "--no-sandbox", "--disable-gpu"];
  const args = [
    cli,
    url,
    "--quiet",
    "--output=json",
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${flags.join(" ")}`,
  ];
  const env = { ...process.env };
  if (chromiumLaunchOptions.executablePath) env.CHROME_PATH = chromiumLaunchOptions.executablePath;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${stderr.trim()}`)),
    );
  });
  return JSON.parse(readFileSync(output, "utf8")) as Report;
}

export default async function lighthouseBench(): Promise<Figure[]> {
  if (!existsSync(`${root}out${LESSON}index.html`)) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  const { base, server } = await serveOut(true);
  const dir = mkdtempSync(path.join(tmpdir(), "asyncio-live-lighthouse-"));
  try {
    const reports: Report[] = [];
    for (let i = 0; i < RUNS; i++) reports.push(await runLighthouse(`${base}${LESSON}`, dir, i));
    const warnings = [...new Set(reports.flatMap((r) => r.runWarnings ?? []))];
    const note = `${LESSON}, mobile preset, median of ${RUNS}`;
    const score = (category: (typeof CATEGORIES)[number]) =>
      median(reports.map((r) => (r.categories[category].score ?? 0) * 100));
    const audit = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? NaN));
    return [
      {
        name: "Lighthouse performance",
        value: score("performance"),
        unit: "score",
        note: `${note}; target ≥ 90${warnings.length ? `; warnings: ${warnings.join(" | ")}` : ""}`,
      },
      { name: "Lighthouse accessibility", value: score("accessibility"), unit: "score", note },
      { name: "Lighthouse best practices", value: score("best-practices"), unit: "score", note },
      { name: "Lighthouse SEO", value: score("seo"), unit: "score", note },
      {
        name: "Lighthouse LCP",
        value: audit("largest-contentful-paint"),
        unit: "ms",
        note: `${note} (simulated slow 4G, 4× CPU slowdown)`,
      },
      { name: "Lighthouse TBT", value: audit("total-blocking-time"), unit: "ms", note },
      {
        name: "Lighthouse main-thread script evaluation",
        value: audit("bootup-time"),
        unit: "ms",
        note,
      },
      {
        name: "Lighthouse unused JS",
        value:
          median(
            reports.map((r) => r.audits["unused-javascript"]?.details?.overallSavingsBytes ?? NaN),
          ) / 1024,
        unit: "KB",
        note: `${note} (estimated savings, transfer size)`,
      },
    ];
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
