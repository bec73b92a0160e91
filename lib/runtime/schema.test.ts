/** The wire schema: a real-shaped result validates and expands; malformed ones fail clearly. */
import { describe, expect, it } from "vitest";
import { parseRunResult } from "./trace";

const wire = () => ({
  stdout: "hi\n",
  stderr: "",
  error: null,
  limit: null,
  elapsed: 2.0015,
  wallMs: 3.2,
  trace: {
    version: 1,
    end: 2_001_500,
    awaits: [
      { kind: "gather", tasks: [2], label: "gather(1)" },
      { kind: "sleep", seconds: 2, label: "sleep(2)" },
    ],
    tasks: {
      name: ["Task-1", "Task-2"],
      coro: ["main", "f"],
      label: ["main()", "f(1)"],
      kind: ["task", "task"],
      parent: [null, 1],
      created: [0, 15],
      createdLine: [9, 8],
      end: [2_001_400, null],
      outcome: ["result", "pending"],
      outcomeA: ["None", null],
      outcomeB: [null, null],
    },
    // [task, start, end, line, readyAt, awaitIndex] per step; the wait after it ends at the task's
    // next step.
    steps: [
      1,
      10,
      20,
      8,
      2_000_900,
      0,
      2,
      25,
      30,
      3,
      null,
      1,
      1,
      2_001_000,
      2_001_400,
      9,
      null,
      null,
    ],
    idle: [30, 2_000_030],
    prints: [["stdout", "hi\n", 2_001_200, 1]],
  },
});

describe("parseRunResult", () => {
  it("validates the wire form and expands it to the documented shape (seconds, objects)", () => {
    const r = parseRunResult(JSON.stringify(wire()));
    expect(r.elapsed).toBe(2.0015);
    expect(r.trace.end).toBe(2.0015);
    expect(r.output).toEqual([{ stream: "stdout", text: "hi\n", t: 2.0012, task: 1 }]);
    expect(r.trace.prints).toBe(r.output);
    expect(r.trace.idle).toEqual([{ start: 0.00003, end: 2.00003 }]);
    const [main, child] = r.trace.tasks;
    expect(main).toMatchObject({ id: 1, name: "Task-1", parent: null, created: 0, end: 2.0014 });
    expect(main!.outcome).toEqual({ kind: "result", repr: "None" });
    expect(main!.steps).toEqual([
      { start: 0.00001, end: 0.00002, line: 8 },
      { start: 2.001, end: 2.0014, line: 9 },
    ]);
    expect(main!.waits).toEqual([
      {
        start: 0.00002,
        readyAt: 2.0009,
        end: 2.001,
        awaiting: { kind: "gather", tasks: [2], label: "gather(1)" },
        line: 8,
      },
    ]);
    expect(child).toMatchObject({ id: 2, parent: 1, end: null, outcome: { kind: "pending" } });
    expect(child!.steps).toEqual([{ start: 0.000025, end: 0.00003, line: 3 }]);
    expect(child!.waits[0]).toMatchObject({
      readyAt: null,
      end: null,
      awaiting: { kind: "sleep" },
    });
  });

  it("expands blocking calls and top-level spans, and accepts results without them", () => {
    const w = {
      ...wire(),
      trace: {
        ...wire().trace,
        blocked: [
          [null, 5, 1_000_005, 3, "time.sleep(1)"],
          [2, 26, 28, 4, "time.sleep(0)"],
        ],
        toplevel: [
          [0, 9, 12, "asyncio.run(main())"],
          [2_001_450, 2_001_500, null, null],
        ],
      },
    };
    const r = parseRunResult(JSON.stringify(w));
    expect(r.trace.blocked).toEqual([
      { task: null, start: 0.000005, end: 1.000005, line: 3, label: "time.sleep(1)" },
      { task: 2, start: 0.000026, end: 0.000028, line: 4, label: "time.sleep(0)" },
    ]);
    expect(r.trace.toplevel).toEqual([
      { start: 0, end: 0.000009, line: 12, then: "asyncio.run(main())" },
      { start: 2.00145, end: 2.0015, line: null, then: null },
    ]);
    // An older engine's result (no such fields) reads as having none.
    const old = parseRunResult(JSON.stringify(wire()));
    expect(old.trace.blocked).toEqual([]);
    expect(old.trace.toplevel).toEqual([]);
    const bad = { ...w, trace: { ...w.trace, blocked: [[null, 0.5, 1, 3, "time.sleep(1)"]] } };
    expect(() => parseRunResult(JSON.stringify(bad))).toThrow(/blocked/);
  });

  it("validates and expands the loop trace; a bad reference fails clearly", () => {
    const loop = {
      version: 1,
      // main's first step (step 0), then f's first step (step 1) at once; a timer at 2 s fires.
      iters: [
        [0, 0, 0, 1],
        [20, 1, 0, 1],
        [2_000_900, 2, 1, 1],
      ],
      items: [0, 0, 1, 0, 1, 0, 1, 2, 1],
      timers: [2_000_000, 2, 3, 0, 2, 1],
      labels: ["sleep(2) ends"],
      detail: null,
      detailLimit: 20_000,
    };
    const w = { ...wire(), trace: { ...wire().trace, loop } };
    const r = parseRunResult(JSON.stringify(w));
    expect([...r.trace.loop!.stepTasks]).toEqual([1, 2, 1]);
    expect(r.trace.loop!.iterations.map((it) => it.handles)).toEqual([
      [{ kind: "step", task: 1, step: 0, scheduled: 1 }],
      [{ kind: "step", task: 2, step: 0, scheduled: 0 }],
      [{ kind: "callback", label: "sleep(2) ends", task: 2, scheduled: 1 }],
    ]);
    expect(r.trace.loop!.timers).toEqual([
      { due: 2, added: 2, removed: 3, cancelled: false, task: 2, label: "sleep(2) ends" },
    ]);
    expect(parseRunResult(JSON.stringify(wire())).trace.loop).toBeUndefined();
    const unknownStep = { ...loop, items: [0, 9, 1, 0, 1, 0, 1, 2, 1] };
    expect(() =>
      parseRunResult(JSON.stringify({ ...w, trace: { ...w.trace, loop: unknownStep } })),
    ).toThrow(/unknown step 9/);
    const shortIter = { ...loop, iters: [[0, 0, 0]] };
    expect(() =>
      parseRunResult(JSON.stringify({ ...w, trace: { ...w.trace, loop: shortIter } })),
    ).toThrow(/does not match the schema[\s\S]*loop/);
  });

  it("a wait that ended without a recorded wake-up was ready when it resumed", () => {
    const w = wire();
    w.trace.steps[4] = null;
    const [main] = parseRunResult(JSON.stringify(w)).trace.tasks;
    expect(main!.waits[0]).toMatchObject({ start: 0.00002, readyAt: 2.001, end: 2.001 });
  });

  it("rejects text that is not JSON", () => {
    expect(() => parseRunResult("{oops")).toThrow(/engine result is not valid JSON/);
  });

  it("rejects a result with a missing field, naming the field", () => {
    const bad = wire() as Record<string, unknown>;
    delete bad.stdout;
    expect(() => parseRunResult(JSON.stringify(bad))).toThrow(
      /does not match the schema[\s\S]*stdout/,
    );
  });

  it("rejects an unknown wait kind and a bad limit kind", () => {
    const bad = wire();
    (bad.trace.awaits[1] as { kind: string }).kind = "nap";
    expect(() => parseRunResult(JSON.stringify(bad))).toThrow(/does not match the schema/);
    const limited = { ...wire(), limit: { kind: "tired", message: "x" } };
    expect(() => parseRunResult(JSON.stringify(limited))).toThrow(/limit/);
  });

  it("rejects wrongly typed columns and runs, naming what was expected", () => {
    const names = wire();
    (names.trace.tasks.name as unknown[])[1] = 2;
    expect(() => parseRunResult(JSON.stringify(names))).toThrow(/expected an array of strings/);
    const times = wire();
    (times.trace.steps as unknown[])[1] = 0.5;
    expect(() => parseRunResult(JSON.stringify(times))).toThrow(/integers or nulls/);
  });

  it("rejects ragged columns, partial step/wait records and dangling references", () => {
    const ragged = wire();
    ragged.trace.tasks.label.pop();
    expect(() => parseRunResult(JSON.stringify(ragged))).toThrow(/task column "label"/);
    const partial = wire();
    partial.trace.steps.push(5);
    expect(() => parseRunResult(JSON.stringify(partial))).toThrow(/malformed steps run/);
    const unknownTask = wire();
    unknownTask.trace.steps[0] = 9;
    expect(() => parseRunResult(JSON.stringify(unknownTask))).toThrow(/unknown task 9/);
    const unknownWait = wire();
    unknownWait.trace.steps[5] = 7;
    expect(() => parseRunResult(JSON.stringify(unknownWait))).toThrow(/unknown wait kind/);
  });
});
