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
    tasks: [
      [
        1,
        "Task-1",
        "main",
        "main()",
        "task",
        null,
        0,
        9,
        [10, 20, 8, 2_001_000, 2_001_400, 9],
        [20, 2_000_900, 2_001_000, 0, 8],
        2_001_400,
        { kind: "result", repr: "None" },
      ],
      [2, "Task-2", "f", "f(1)", "task", 1, 15, 8, [25, 30, 3], [30, null, null, 1, 3], null, null],
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
    expect(child!.outcome).toEqual({ kind: "pending" });
    expect(child!.end).toBeNull();
    expect(child!.waits[0]).toMatchObject({
      readyAt: null,
      end: null,
      awaiting: { kind: "sleep" },
    });
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

  it("rejects runs of steps/waits that are not whole records, and unknown wait indexes", () => {
    const ragged = wire();
    (ragged.trace.tasks[0]![8] as number[]).push(5);
    expect(() => parseRunResult(JSON.stringify(ragged))).toThrow(/malformed steps\/waits/);
    const dangling = wire();
    (dangling.trace.tasks[1]![9] as (number | null)[])[3] = 7;
    expect(() => parseRunResult(JSON.stringify(dangling))).toThrow(/unknown wait/);
  });
});
