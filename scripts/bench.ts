/**
 * `npm run bench`: runs every module in scripts/bench/*.ts (each default-exports an async function
 * returning Figure[]), prints one table and writes bench-results/latest.json.
 * `npm run bench -- NAME` runs only scripts/bench/NAME.ts.
 * `npm run bench -- NAME --compare DIR`: modules that support it (lighthouse, recorded) also measure
 * another exported site (DIR/out, or DIR itself), e.g. a build of an older commit, side by side.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  note?: string;
}

const dir = fileURLToPath(new URL("./bench/", import.meta.url));
const only: string[] = [];
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i]!;
  if (arg === "--compare") process.env.BENCH_COMPARE = process.argv[++i];
  else if (arg.startsWith("--compare=")) process.env.BENCH_COMPARE = arg.slice("--compare=".length);
  else only.push(arg);
}
const modules = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -3))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

const results: Record<string, Figure[] | { error: string }> = {};
for (const name of modules) {
  const mod = (await import(pathToFileURL(`${dir}${name}.ts`).href)) as {
    default: () => Promise<Figure[]>;
  };
  try {
    results[name] = await mod.default();
  } catch (err) {
    results[name] = { error: (err as Error).stack ?? String(err) };
  }
}

const fmt = (x: number | undefined) =>
  x === undefined ? "" : Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3);
const rows: string[][] = [["module", "figure", "value", "unit", "baseline", "ratio", "note"]];
for (const [module, figures] of Object.entries(results)) {
  if ("error" in figures) {
    rows.push([module, "FAILED", "", "", "", "", figures.error.split("\n")[0] ?? ""]);
    continue;
  }
  for (const f of figures) {
    rows.push([module, f.name, fmt(f.value), f.unit, fmt(f.baseline), fmt(f.ratio), f.note ?? ""]);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows)
  console.log(
    row
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd(),
  );

const out = fileURLToPath(new URL("../bench-results/", import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(
  `${out}latest.json`,
  JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2) +
    "\n",
);
if (Object.values(results).some((r) => "error" in r)) process.exitCode = 1;
