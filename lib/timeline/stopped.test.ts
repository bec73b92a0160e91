import { describe, expect, it } from "vitest";
import type { RunResult } from "@/lib/runtime/trace";
import { layoutTimeline } from "./layout";
import { laneStateAt } from "./state";
import { loadFixture } from "./test-fixtures";

/** The sequential example as a Stop would leave it: main ended by the engine's `Stopped`. */
function stoppedRun(): RunResult {
  const result = loadFixture("sequential");
  return {
    ...result,
    limit: { kind: "stopped", message: "stopped: the run was interrupted before it finished" },
    trace: {
      ...result.trace,
      tasks: result.trace.tasks.map((task) =>
        task.label === "main()"
          ? { ...task, outcome: { kind: "exception", type: "Stopped", message: "" } }
          : task,
      ),
    },
  };
}

describe("a run the reader stopped", () => {
  const result = stoppedRun();
  const layout = layoutTimeline(result.trace, result);
  const main = layout.lanes.find((lane) => lane.label === "main()")!;

  it("says the task was stopped by the reader, not that it raised an exception", () => {
    expect(main.mark).toBe("stopped");
    expect(main.outcomeText).toBe("stopped by you");
  });

  it("says so in the table and the summary, with no exception name", () => {
    const ending = layout.rows.filter((row) => row.state === "finished");
    expect(ending.map((row) => row.awaiting)).toEqual(["stopped by you"]);
    expect(layout.summary).toMatch(/^1 task; stopped by you after \d/);
    const text = JSON.stringify([
      layout.lanes.map((lane) => lane.outcomeText),
      layout.rows,
      layout.summary,
    ]);
    expect(text).not.toMatch(/Stopped|raised/);
  });

  it("shows the stopped task as ended, not running, when the replay rests at the run's end", () => {
    // A stopped step ends exactly at the run's end (the clock is exact): at that instant it is over.
    expect(main.end).not.toBeNull();
    expect(laneStateAt(main, main.end!).state).toBe("done");
  });

  it("says the reader stopped the main task that Stop cancelled, as Ctrl+C cancels asyncio.run's", () => {
    const cancelled = {
      ...result.trace,
      tasks: result.trace.tasks.map((task) => ({
        ...task,
        outcome: { kind: "cancelled" as const, byStop: task.label === "main()" },
      })),
    };
    const lanes = layoutTimeline(cancelled, result).lanes;
    expect(lanes.find((lane) => lane.label === "main()")).toMatchObject({
      mark: "stopped",
      outcomeText: "stopped by you",
    });
    // Other tasks asyncio.run cancelled on its way out are just cancelled.
    expect(lanes.filter((lane) => lane.mark === "cancelled").length).toBe(lanes.length - 1);
  });

  it("still names an exception the program raised itself", () => {
    const own = loadFixture("sequential");
    const raised = {
      ...own.trace,
      tasks: own.trace.tasks.map((task) => ({
        ...task,
        outcome: { kind: "exception" as const, type: "KeyboardInterrupt", message: "" },
      })),
    };
    expect(layoutTimeline(raised).lanes[0]!.outcomeText).toBe("raised KeyboardInterrupt");
  });
});
