/**
 * Lighthouse (12.2.3, the last to run on Node 20) on a lesson page, mobile preset (its default:
 * a mid-range phone, simulated slow 4G and a 4× slower CPU), against the exported site served by
 * scripts/serve.mjs. Reports the four category scores and LCP / TBT, medians over a few runs. With
 * `--compare DIR` (another build, e.g. of the commit before a change) it runs Lighthouse on the same
 * lesson of both builds, interleaved, and gives the other build's medians as each figure's baseline.
 * Debian's Chromium needs `--headless=new` (plain `--headless` fails with NO_NAVSTART).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Figure } from "../bench";
import { compareSite, median, root, serveOut } from "../bench-support";
import { chromiumLaunchOptions } from "../chromium";

const LESSON = "/lessons/gather/";
/** Runs per site; LIGHTHOUSE_RUNS=5 for a closer comparison. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { overallSavingsBytes?: number } }>;
  runWarnings?: string[];
}

/** One Lighthouse run (its CLI, in a child process: it launches and ends its own Chromium). */
async function runLighthouse(url: string, dir: string, index: string): Promise<Report> {
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

/** Median of one audit's numeric value over reports, with each run's value for the note. */
function auditMedian(reports: Report[], id: string): { value: number; runs: string } {
  const values = reports.map((r) => r.audits[id]?.numericValue ?? NaN);
  return { value: median(values), runs: values.map((v) => v.toFixed(0)).join(", ") };
}

const scoreOf = (report: Report, category: (typeof CATEGORIES)[number]) =>
  (report.categories[category].score ?? 0) * 100;

export default async function lighthouseBench(): Promise<Figure[]> {
  if (!existsSync(`${root}out${LESSON}index.html`)) {
    throw new Error("out/ is missing: build first (npm run build)");
  }
  // `--compare DIR`: the same lesson on another build (e.g. before a change), served the same way.
  const other = compareSite();
  if (other && !existsSync(path.join(other, LESSON, "index.html"))) {
    throw new Error(`--compare: ${other} has no ${LESSON}`);
  }
  const ours = await serveOut(true);
  const theirs = other ? await serveOut(true, other) : null;
  const dir = mkdtempSync(path.join(tmpdir(), "asyncio-live-lighthouse-"));
  try {
    const reports: Report[] = [];
    const baseline: Report[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, the order alternating, so that the machine's load drifting during the bench
      // weighs on both builds alike.
      const runOurs = async () =>
        reports.push(await runLighthouse(`${ours.base}${LESSON}`, dir, `${i}`));
      const runTheirs = async () =>
        theirs &&
        baseline.push(await runLighthouse(`${theirs.base}${LESSON}`, dir, `compare-${i}`));
      if (i % 2) await runOurs().then(runTheirs);
      else await runTheirs().then(runOurs);
    }
    const warnings = [...new Set(reports.flatMap((r) => r.runWarnings ?? []))];
    const note = `${LESSON}, mobile preset, median of ${RUNS}${
      theirs ? `; baseline: ${path.relative(process.cwd(), other!) || other}, interleaved` : ""
    }`;
    const score = (category: (typeof CATEGORIES)[number]) =>
      median(reports.map((r) => scoreOf(r, category)));
    /** The figure's baseline and ratio from the compared site, and each run's value. */
    const against = (value: number, theirsValue: number | undefined, runs: string) =>
      theirsValue === undefined
        ? {}
        : { baseline: theirsValue, ratio: value / theirsValue, runs: `; runs ${runs}` };
    const scoreFigure = (category: (typeof CATEGORIES)[number], label: string, extra = "") => {
      const value = score(category);
      const { runs = "", ...compared } = against(
        value,
        theirs ? median(baseline.map((r) => scoreOf(r, category))) : undefined,
        `${reports.map((r) => scoreOf(r, category)).join(", ")} vs ${baseline.map((r) => scoreOf(r, category)).join(", ")}`,
      );
      return { name: label, value, unit: "score", ...compared, note: `${note}${runs}${extra}` };
    };
    const auditFigure = (id: string, label: string, extra = "") => {
      const { value, runs: ourRuns } = auditMedian(reports, id);
      const base = theirs ? auditMedian(baseline, id) : undefined;
      const { runs = "", ...compared } = against(
        value,
        base?.value,
        `${ourRuns} vs ${base?.runs ?? ""}`,
      );
      return { name: label, value, unit: "ms", ...compared, note: `${note}${extra}${runs}` };
    };
    const unusedJs = (list: Report[]) =>
      median(list.map((r) => r.audits["unused-javascript"]?.details?.overallSavingsBytes ?? NaN)) /
      1024;
    return [
      scoreFigure(
        "performance",
        "Lighthouse performance",
        `; target ≥ 90${warnings.length ? `; warnings: ${warnings.join(" | ")}` : ""}`,
      ),
      scoreFigure("accessibility", "Lighthouse accessibility"),
      scoreFigure("best-practices", "Lighthouse best practices"),
      scoreFigure("seo", "Lighthouse SEO"),
      auditFigure(
        "largest-contentful-paint",
        "Lighthouse LCP",
        " (simulated slow 4G, 4× CPU slowdown)",
      ),
      auditFigure("total-blocking-time", "Lighthouse TBT"),
      auditFigure("bootup-time", "Lighthouse main-thread script evaluation"),
      {
        name: "Lighthouse unused JS",
        value: unusedJs(reports),
        unit: "KB",
        ...(theirs
          ? { baseline: unusedJs(baseline), ratio: unusedJs(reports) / unusedJs(baseline) }
          : {}),
        note: `${note} (estimated savings, transfer size)`,
      },
    ];
  } finally {
    ours.server.kill();
    theirs?.server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
