/**
 * Engine figures, in one Node process with one Pyodide instance:
 * - tracing overhead: a program gathering 10,000 tasks, traced vs untraced, measured end to end
 *   through runProgram (Python run + JSON crossing + validation + expansion); medians and ratio.
 * - the virtual time that run reports, traced vs untraced (tracing must not make programs look slower).
 * - wall time per run of the seed gather example once Pyodide is loaded (median of 20).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createNodeEngine } from "../../lib/runtime/node-runtime";
import type { Figure } from "../bench";
import { median } from "../bench-support";

const TEN_THOUSAND = `import asyncio

async def worker(i):
    await asyncio.sleep(1)
    return i

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(10_000)))
    print(sum(results))

asyncio.run(main())
`;

export default async function engineBench(): Promise<Figure[]> {
  const t0 = performance.now();
  const engine = await createNodeEngine();
  const loadMs = performance.now() - t0;

  const time = (trace: boolean) => {
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    const r = engine.run(TEN_THOUSAND, { trace });
    const cpu = process.cpuUsage(cpu0);
    const ms = performance.now() - start;
    if (r.stdout !== "49995000\n" || r.limit || r.error) throw new Error("10k program misbehaved");
    return { ms, py: r.wallMs, cpu: (cpu.user + cpu.system) / 1000, virtual: r.elapsed };
  };
  time(true);
  time(false); // warm-up
  const traced: number[] = [];
  const untraced: number[] = [];
  const tracedPy: number[] = [];
  const untracedPy: number[] = [];
  const tracedCpu: number[] = [];
  const untracedCpu: number[] = [];
  const tracedVirtual: number[] = [];
  const untracedVirtual: number[] = [];
  for (let i = 0; i < 7; i++) {
    // Alternate so that load from other processes hits both sides alike.
    const a = time(false);
    const b = time(true);
    untraced.push(a.ms);
    untracedPy.push(a.py);
    untracedCpu.push(a.cpu);
    traced.push(b.ms);
    tracedPy.push(b.py);
    tracedCpu.push(b.cpu);
    untracedVirtual.push(a.virtual);
    tracedVirtual.push(b.virtual);
  }

  const seed = readFileSync(
    fileURLToPath(new URL("../../tests/corpus/seed_03_gather.py", import.meta.url)),
    "utf8",
  );
  engine.run(seed);
  const seedRuns: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    engine.run(seed);
    seedRuns.push(performance.now() - start);
  }

  const tracedMs = median(traced);
  const untracedMs = median(untraced);
  return [
    { name: "pyodide load + engine install (Node)", value: loadMs, unit: "ms" },
    {
      name: "gather 10,000 tasks, traced (end to end)",
      value: tracedMs,
      unit: "ms",
      baseline: untracedMs,
      ratio: tracedMs / untracedMs,
      note: "median of 7; baseline = untraced; target ratio <= 1.5",
    },
    {
      name: "gather 10,000 tasks, traced (end to end, CPU time)",
      value: median(tracedCpu),
      unit: "ms",
      baseline: median(untracedCpu),
      ratio: median(tracedCpu) / median(untracedCpu),
      note: "median of 7; process CPU time, steadier than wall time when other work shares the CPU",
    },
    {
      name: "gather 10,000 tasks, traced (inside Python)",
      value: median(tracedPy),
      unit: "ms",
      baseline: median(untracedPy),
      ratio: median(tracedPy) / median(untracedPy),
      note: "median of 7; excludes JSON parse/validation in JS",
    },
    {
      name: "gather 10,000 tasks, traced (virtual time the program saw)",
      value: median(tracedVirtual),
      unit: "s",
      baseline: median(untracedVirtual),
      ratio: median(tracedVirtual) / median(untracedVirtual),
      note: "median of 7; ideal 1.0 s plus asyncio's own CPU time; tracing's work is kept off the clock, so the ratio should be close to 1",
    },
    {
      name: "seed gather example, per run",
      value: median(seedRuns),
      unit: "ms",
      note: "median of 20, Pyodide already loaded, traced",
    },
  ];
}
