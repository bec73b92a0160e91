import { describe, expect, it } from "vitest";
import { sliceTasks } from "./task-slices";
import type { TraceTask } from "./trace";

const task = (id: number, steps: number): TraceTask => ({
  id,
  name: `Task-${id}`,
  coro: "worker",
  label: `worker(${id})`,
  kind: "task",
  parent: null,
  created: 0,
  createdLine: null,
  steps: Array.from({ length: steps }, (_, i) => ({ start: i, end: i, line: 3 })),
  waits: Array.from({ length: Math.max(0, steps - 1) }, (_, i) => ({
    start: i,
    end: i + 1,
    readyAt: i + 1,
    awaiting: { kind: "sleep", seconds: 1, label: "sleep(1)" },
    line: 3,
  })),
  end: steps,
  outcome: { kind: "result", repr: "None" },
});

describe("sliceTasks", () => {
  it("keeps a small run in one slice, the same array", () => {
    const tasks = [task(1, 2), task(2, 2)];
    expect(sliceTasks(tasks, 100)).toEqual([tasks]);
    expect(sliceTasks(tasks, 100)[0]).toBe(tasks);
  });

  it("cuts a large run into slices under the weight that join back in order", () => {
    const tasks = Array.from({ length: 1_000 }, (_, i) => task(i + 1, 1 + (i % 4)));
    const slices = sliceTasks(tasks, 200);
    expect(slices.length).toBeGreaterThan(10);
    for (const slice of slices) {
      const weight = slice.reduce((sum, t) => sum + 1 + t.steps.length + t.waits.length, 0);
      expect(weight).toBeLessThanOrEqual(200);
    }
    expect(slices.flat()).toEqual(tasks);
  });

  it("gives a task heavier than the limit a slice of its own", () => {
    const tasks = [task(1, 1), task(2, 50), task(3, 1)];
    expect(sliceTasks(tasks, 10).map((s) => s.map((t) => t.id))).toEqual([[1], [2], [3]]);
  });
});
