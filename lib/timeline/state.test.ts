import { describe, expect, it } from "vitest";
import { layoutTimeline } from "./layout";
import { focusLine, stateAt } from "./state";
import { endsAtLastInstant, loadFixture } from "./test-fixtures";

const summary = (states: ReturnType<typeof stateAt>) =>
  states.map((s) => [s.state, s.awaiting, s.line]);

describe("stateAt and focusLine on the gather example", () => {
  const result = loadFixture("gather");
  const layout = layoutTimeline(result.trace);

  it("at 1 s: main waits for the gather on line 11, each fetch sleeps on line 5", () => {
    expect(summary(stateAt(layout, 1))).toEqual([
      ["waiting", "gather(3)", 11],
      ["waiting", "sleep(2)", 5],
      ["waiting", "sleep(2)", 5],
      ["waiting", "sleep(2)", 5],
    ]);
    // Everything waits: the line where the program last handed control back to the loop.
    expect(focusLine(layout, 1)).toBe(5);
    expect(focusLine(layout, 1, 0)).toBe(11);
  });

  it("before the tasks exist, and once they are done", () => {
    expect(stateAt(layout, 0).map((s) => s.state)).toEqual([
      "not-created",
      "not-created",
      "not-created",
      "not-created",
    ]);
    expect(focusLine(layout, 0)).toBeNull();
    expect(stateAt(layout, layout.total).map((s) => s.state)).toEqual([
      "done",
      "done",
      "done",
      "done",
    ]);
    // The last step of main printed the results on line 12.
    expect(focusLine(layout, layout.total)).toBe(12);
  });

  it("while a step runs, that step's line", () => {
    const step = layout.lanes[2]!.segments.find((s) => s.state === "running" && s.start > 1)!;
    const mid = (step.start + step.end) / 2;
    const states = stateAt(layout, mid);
    expect(states[2]).toMatchObject({ state: "running", line: 7 });
    expect(focusLine(layout, mid)).toBe(7);
  });
});

describe("stateAt on blocking time.sleep", () => {
  const layout = layoutTimeline(loadFixture("blocking_sleep").trace);

  it("at 0.5 s job A is blocked in its time.sleep on line 9 while B and C are ready", () => {
    expect(summary(stateAt(layout, 0.5))).toEqual([
      ["waiting", "gather(3)", 14],
      ["blocked", "time.sleep(1)", 9],
      ["ready", "start", null],
      ["ready", "start", null],
    ]);
    expect(focusLine(layout, 0.5)).toBe(9);
  });

  it("at 1.5 s A is done, B is blocked, C still waits its turn", () => {
    expect(stateAt(layout, 1.5).map((s) => s.state)).toEqual([
      "waiting",
      "done",
      "blocked",
      "ready",
    ]);
  });
});

describe("stateAt at the run's last instant, on the exact clock", () => {
  // main() cancels worker() and returns at 1 s, the run's end; early() returns at 0.5 s.
  const layout = layoutTimeline(endsAtLastInstant());

  it("shows main and the task cancelled at the end as ended, not running", () => {
    expect(stateAt(layout, layout.end).map((s) => s.state)).toEqual(["done", "done", "done"]);
    // A hair before the end (the trace's times are to the microsecond) the steps still run.
    expect(stateAt(layout, layout.end - 1e-5).map((s) => s.state)).toEqual([
      "waiting",
      "waiting",
      "done",
    ]);
  });

  it("still shows a task running at its last, instant step before the run's end", () => {
    expect(stateAt(layout, 0.5)[2]).toMatchObject({ state: "running", line: 4 });
    expect(stateAt(layout, 0.75)[2]!.state).toBe("done");
  });
});
