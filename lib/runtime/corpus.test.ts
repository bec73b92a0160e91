/**
 * Every corpus program (tests/corpus/*.py) against what real CPython printed (the .json beside it,
 * re-recorded with `npm run corpus:record`): same stdout, and virtual elapsed time within 0.05 s of
 * CPython's wall time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { comparableStderr } from "./cpython-compare";
import { createNodeEngine, type NodeEngine } from "./node-runtime";
import type { Trace } from "./trace";

const CORPUS = fileURLToPath(new URL("../../tests/corpus/", import.meta.url));
const names = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".py"))
  .map((f) => f.slice(0, -3))
  .sort();

interface Expected {
  stdout: string;
  stderr: string;
  exitCode: number;
  elapsed: number;
}

/** Programs whose stderr is part of what they teach: compared too (CPython's internal frames aside). */
const STDERR_MATTERS = ["never_awaited", "task_exception_never_retrieved", "debug_slow_callback"];

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

describe("corpus matches CPython", () => {
  it("has at least 30 programs, each with a recording", () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    for (const name of names) {
      expect(() => readFileSync(`${CORPUS}${name}.json`, "utf8"), name).not.toThrow();
    }
  });

  // Short computing costs no virtual time (see FREE_COMPUTE in clock.py), so load cannot shift
  // `elapsed`; the retry is left for a spike of more than 150 ms of CPU in one step.
  it.each(names)("%s", { retry: 1 }, (name) => {
    const code = readFileSync(`${CORPUS}${name}.py`, "utf8");
    const expected = JSON.parse(readFileSync(`${CORPUS}${name}.json`, "utf8")) as Expected;
    const result = engine.run(code, { filename: `${name}.py` });
    expect(result.limit).toBeNull();
    expect(result.stdout).toBe(expected.stdout);
    expect(result.error === null ? 0 : 1).toBe(expected.exitCode);
    expect(Math.abs(result.elapsed - expected.elapsed)).toBeLessThanOrEqual(0.05);
    if (STDERR_MATTERS.includes(name)) {
      expect(comparableStderr(result.stderr)).toBe(comparableStderr(expected.stderr));
    }
    expectConsistent(result.trace);
  });
});

/** What the timeline relies on: steps in order, each wait exactly filling the gap between steps. */
function expectConsistent(trace: Trace) {
  for (const task of trace.tasks) {
    const where = `${task.name} ${task.label}`;
    expect(task.steps.length, where).toBeGreaterThan(0);
    expect(task.steps[0]!.start, where).toBeGreaterThanOrEqual(task.created);
    const open = task.outcome.kind === "pending" ? 1 : 0;
    expect(task.waits.length, where).toBe(task.steps.length - 1 + open);
    task.steps.forEach((step, i) => {
      expect(step.end, where).toBeGreaterThanOrEqual(step.start);
      const wait = task.waits[i];
      if (!wait) return;
      expect(wait.start, where).toBe(step.end);
      const next = task.steps[i + 1];
      if (next) expect(wait.end, where).toBe(next.start);
      if (wait.readyAt !== null) {
        expect(wait.readyAt, where).toBeGreaterThanOrEqual(wait.start);
        if (wait.end !== null) expect(wait.readyAt, where).toBeLessThanOrEqual(wait.end);
      }
    });
    if (task.end !== null) expect(task.end, where).toBe(task.steps.at(-1)!.end);
  }
}
