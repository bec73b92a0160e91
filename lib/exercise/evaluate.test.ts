import { describe, expect, it } from "vitest";
import { loadFixture } from "@/lib/timeline/test-fixtures";
import type { RunResult, TraceTask } from "@/lib/runtime/trace";
import { evaluateChecks, longestStep, peakOverlap } from "./evaluate";
import { parseExerciseSpec, type Check } from "./schema";

// Recorded engine runs (lib/timeline/fixtures): the lesson programs, as the engine traced them.
const sequential = loadFixture("sequential"); // three awaited 2 s fetches: 6 s
const gather = loadFixture("gather"); // the same three, gathered: 2 s
const blocking = loadFixture("blocking_sleep"); // gather of jobs that call time.sleep(1): 3 s
const createTask = loadFixture("create_task");

// results[0] is the check that the program runs without an error.
const one = (check: Check, run: RunResult) => evaluateChecks([check], run).results[1]!;

describe("schedule checks on recorded traces", () => {
  it("max-elapsed passes gather (2 s) and fails the sequential run (6 s) with both numbers", () => {
    const check: Check = { type: "max-elapsed", seconds: 2.1 };
    expect(one(check, gather).passed).toBe(true);
    const failed = one(check, sequential);
    expect(failed.passed).toBe(false);
    expect(failed.expected).toBe("Finishes within 2.1 s of virtual time.");
    expect(failed.actual).toBe("It took 6 s.");
  });

  it("min-tasks counts the tasks the program created, not main", () => {
    const check: Check = { type: "min-tasks", count: 3 };
    expect(one(check, gather)).toMatchObject({
      passed: true,
      actual: "It ran 3 tasks besides main.",
    });
    expect(one(check, sequential)).toMatchObject({
      passed: false,
      actual: "It ran 0 tasks besides main.",
    });
  });

  it("max-step finds the blocking time.sleep and names the task", () => {
    const check: Check = { type: "max-step", seconds: 0.1 };
    const failed = one(check, blocking);
    expect(failed.passed).toBe(false);
    expect(failed.actual).toMatch(/^job\('A'\) ran for 1 s without awaiting/);
    expect(failed.actual).toContain("no other task could run meanwhile");
    expect(one(check, gather).passed).toBe(true);
  });

  it("min-overlap sees three waits at once in gather and none in the sequential run", () => {
    expect(peakOverlap(gather.trace.tasks).count).toBeGreaterThanOrEqual(3);
    expect(one({ type: "min-overlap", count: 3 }, gather).passed).toBe(true);
    expect(one({ type: "min-overlap", count: 2 }, sequential)).toMatchObject({
      passed: false,
      actual: "No two tasks ever waited at the same time.",
    });
    expect(one({ type: "min-overlap", count: 2 }, createTask).passed).toBe(true);
  });

  it("max-sleeping sees all three gathered fetches sleeping together", () => {
    expect(one({ type: "max-sleeping", count: 3 }, gather).passed).toBe(true);
    expect(one({ type: "max-sleeping", count: 2 }, gather)).toMatchObject({
      passed: false,
      actual: "3 tasks slept at the same time (at 0 s).",
    });
    expect(one({ type: "max-sleeping", count: 1 }, sequential).passed).toBe(true);
  });

  it("longest step of a run without blocking is short", () => {
    expect(longestStep(gather.trace.tasks)!.seconds).toBeLessThan(0.1);
    expect(longestStep(blocking.trace.tasks)!.seconds).toBeCloseTo(1, 2);
  });
});

describe("output and result checks", () => {
  it("output-contains and output-excludes quote the text", () => {
    const printed = "['Data 1', 'Data 2', 'Data 3']";
    expect(one({ type: "output-contains", text: printed }, gather).passed).toBe(true);
    const missing = one({ type: "output-contains", text: "Data 4" }, gather);
    expect(missing).toMatchObject({ passed: false, actual: 'It never printed "Data 4".' });
    expect(one({ type: "output-excludes", text: "Data 1" }, gather).passed).toBe(false);
  });

  it("output-equals compares without trailing whitespace", () => {
    const run = { ...gather, stdout: "a\nb\n" };
    expect(one({ type: "output-equals", text: "a\nb" }, run).passed).toBe(true);
    expect(one({ type: "output-equals", text: "b\na" }, run)).toMatchObject({
      passed: false,
      actual: "It printed:\na\nb",
    });
  });

  it("result reads the coroutine's outcome", () => {
    const main = gather.trace.tasks.find((t) => t.coro === "main")!;
    const withResult = (outcome: TraceTask["outcome"]): RunResult => ({
      ...gather,
      trace: {
        ...gather.trace,
        tasks: gather.trace.tasks.map((t) => (t === main ? { ...t, outcome } : t)),
      },
    });
    const check: Check = { type: "result", coro: "main", repr: "5" };
    expect(one(check, withResult({ kind: "result", repr: "5" })).passed).toBe(true);
    expect(one(check, withResult({ kind: "result", repr: "None" }))).toMatchObject({
      passed: false,
      actual: "It returned None.",
    });
    expect(
      one(check, withResult({ kind: "exception", type: "TypeError", message: "bad" })).actual,
    ).toBe("It raised TypeError: bad.");
    expect(one({ type: "result", coro: "nope", repr: "1" }, gather).actual).toBe(
      "nope() never ran as a task.",
    );
  });

  it("an uncaught exception fails the evaluation even when the checks pass", () => {
    const crashed: RunResult = {
      ...gather,
      error: { type: "ValueError", message: "boom", line: 7, column: null, traceback: "" },
    };
    const evaluation = evaluateChecks([{ type: "max-elapsed", seconds: 5 }], crashed);
    expect(evaluation.passed).toBe(false);
    expect(evaluation.problem).toBe("The program raised ValueError: boom at line 7.");
    expect(evaluateChecks([{ type: "max-elapsed", seconds: 5 }], gather).passed).toBe(true);
  });

  it("lists the same checks whether the program crashed, hit a limit or passed", () => {
    const checks: Check[] = [
      { type: "max-elapsed", seconds: 5 },
      { type: "output-contains", text: "Data 1" },
    ];
    const crashed: RunResult = {
      ...gather,
      error: { type: "TypeError", message: "bad", line: 14, column: null, traceback: "" },
    };
    const limited: RunResult = { ...gather, limit: { kind: "time", message: "time limit" } };
    const listed = (run: RunResult) => evaluateChecks(checks, run).results.map((r) => r.expected);
    expect(listed(crashed)).toEqual(listed(gather));
    expect(listed(limited)).toEqual(listed(gather));
    expect(listed(gather)).toEqual([
      "Runs to the end without an error.",
      "Finishes within 5 s of virtual time.",
      'Prints "Data 1".',
    ]);
    expect(evaluateChecks(checks, crashed).results[0]).toEqual({
      expected: "Runs to the end without an error.",
      passed: false,
      actual: "The program raised TypeError: bad at line 14.",
    });
    expect(evaluateChecks(checks, gather).results[0]).toMatchObject({ passed: true });
  });

  it("says a SyntaxError's line once (the engine's message no longer carries it)", () => {
    const crashed: RunResult = {
      ...gather,
      error: {
        type: "SyntaxError",
        message: "'await' outside function",
        line: 16,
        column: 5,
        traceback: "",
      },
    };
    expect(evaluateChecks([], crashed).problem).toBe(
      "The program raised SyntaxError: 'await' outside function at line 16.",
    );
  });
});

describe("checks.json schema", () => {
  it("accepts a valid spec and names what is wrong otherwise", () => {
    const ok = { title: "T", hints: ["h"], checks: [{ type: "max-elapsed", seconds: 2 }] };
    expect(parseExerciseSpec(JSON.stringify(ok)).checks).toHaveLength(1);
    expect(() => parseExerciseSpec(JSON.stringify({ ...ok, hints: [] }))).toThrow(/hint/);
    expect(() =>
      parseExerciseSpec(JSON.stringify({ ...ok, checks: [{ type: "fast-enough" }] })),
    ).toThrow(/checks/);
    expect(() => parseExerciseSpec("{")).toThrow(/not valid JSON/);
  });
});
