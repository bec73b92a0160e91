/**
 * Every program a lesson shows with `<Example file>` against what CPython 3.13 printed (recorded in
 * tests/lessons/<lesson>/<file>.json by `npm run corpus:record -- --lessons`): same stdout and stderr,
 * same exit, and virtual elapsed time within 0.05 s of CPython's wall time.
 *
 * Normalised, and why:
 * - Object addresses (`<coroutine object greet at 0x7f...>`) differ on every run, in CPython too.
 * - In stderr, where the standard library lives and its line numbers (CPython 3.13 here, 3.14 in
 *   Pyodide), and a measured duration's last digit (lib/runtime/cpython-compare.ts).
 * - CPU_BOUND programs compute for real: their elapsed time is the machine's speed (CPython here,
 *   WebAssembly in the engine), so only their output is compared, which must not depend on it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { LESSONS_ROOT, loadLessons } from "@/lib/content/lessons";
import { comparableStderr } from "@/lib/runtime/cpython-compare";
import { createNodeEngine, type NodeEngine } from "@/lib/runtime/node-runtime";

const RECORDINGS = fileURLToPath(new URL(".", import.meta.url));

const CPU_BOUND = [
  // Sums five million squares: about 0.3 s in CPython, several times that in WebAssembly.
  "06-when-to-use/cpu_loop_freezes_ticker.py",
  // Sums a million numbers without yielding: 0.03 s in CPython, about 0.5 s in the engine.
  "05-create-task/task_starts_at_await.py",
  // Computes checksums so that it runs long enough to press Stop: real seconds, machine-dependent.
  "20-pipelines-and-shutdown/stop_cleanly.py",
];

interface Expected {
  stdout: string;
  stderr: string;
  exitCode: number;
  elapsed: number;
}

const examples = loadLessons(LESSONS_ROOT).flatMap((lesson) =>
  lesson.examples.map((file) => `${lesson.dir}/${file}`),
);

const withoutAddresses = (text: string) => text.replace(/\b0x[0-9a-f]+\b/g, "0x…");

const recordingOf = (example: string) => path.join(RECORDINGS, example.replace(/\.py$/, ".json"));

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

describe("lesson examples match CPython", () => {
  it("every example has a recording", () => {
    expect(examples.length).toBeGreaterThanOrEqual(30);
    expect(examples.filter((example) => !existsSync(recordingOf(example)))).toEqual([]);
    for (const example of CPU_BOUND) expect(examples).toContain(example);
  });

  // Python's own work counts as virtual time (as it does in CPython), so a CPU starved by other
  // processes can push `elapsed` past the tolerance; two retries absorb such spikes, a real
  // discrepancy fails every time.
  it.each(examples)("%s", { retry: 2 }, (example) => {
    const code = readFileSync(path.join(LESSONS_ROOT, example), "utf8");
    const expected = JSON.parse(readFileSync(recordingOf(example), "utf8")) as Expected;
    const result = engine.run(code, { filename: path.basename(example) });
    expect(result.limit).toBeNull();
    expect(withoutAddresses(result.stdout)).toBe(withoutAddresses(expected.stdout));
    expect(comparableStderr(result.stderr)).toBe(comparableStderr(expected.stderr));
    expect(result.error === null ? 0 : 1).toBe(expected.exitCode);
    if (!CPU_BOUND.includes(example)) {
      expect(Math.abs(result.elapsed - expected.elapsed)).toBeLessThanOrEqual(0.05);
    }
  });
});
