import { describe, expect, it } from "vitest";
import type { RunLimit, RunResult } from "@/lib/runtime/trace";
import { laneStateAt, layoutTimeline, type TimelineLayout } from "@/lib/timeline";
import { endsAtLastInstant, loadFixture } from "@/lib/timeline/test-fixtures";
import { describeState } from "./describe";

describe("a lane's label when the replay rests at the run's end", () => {
  const layout = layoutTimeline(endsAtLastInstant());
  const label = (i: number) => describeState(layout.lanes[i]!, laneStateAt(layout.lanes[i]!, 1));

  it("says how each task ended, not 'runs · line N'", () => {
    expect(label(0)).toBe("✓ returned None");
    expect(label(1)).toBe("⊘ cancelled");
    expect(label(2)).toBe("✓ returned None");
  });
});

const STOPPED: RunLimit = {
  kind: "stopped",
  message: "stopped: the run was interrupted before it finished",
};
const layoutOf = (result: RunResult) =>
  layoutTimeline(result.trace, { error: result.error, limit: result.limit });
const topLevel = (layout: TimelineLayout) => layout.lanes.find((lane) => lane.taskId === null)!;
const labelAtEnd = (layout: TimelineLayout, lane = topLevel(layout)) =>
  describeState(lane, laneStateAt(lane, layout.end));
const endingRow = (layout: TimelineLayout, lane = topLevel(layout)) =>
  layout.rows.find((row) => row.lane === lane.index && row.state === "finished")!;

/**
 * A Stop ends the trace as the program's own end does: the engine closes the top level's last span
 * (`program_ended`) at the moment of the Stop. Only the run's limit tells the two apart.
 */
describe("the top level of a run the reader stopped", () => {
  it("a script of no tasks (a CPU spin): stopped by you, not finished", () => {
    const own = loadFixture("sync_downloads");
    const stopped: RunResult = {
      ...own,
      limit: STOPPED,
      trace: { ...own.trace, toplevel: [{ start: 0, end: 3.2, line: null, then: null }], end: 3.2 },
    };
    const layout = layoutOf(stopped);
    expect(layout.summary).toMatch(/stopped by you after 3\.2 s/);
    expect(topLevel(layout)).toMatchObject({ mark: "stopped", outcomeText: "stopped by you" });
    expect(labelAtEnd(layout)).toBe("■ stopped by you");
    expect(endingRow(layout).awaiting).toBe("stopped by you");
    // The same script left to end by itself still reads finished.
    const finished = layoutOf(own);
    expect(labelAtEnd(finished)).toBe("finished");
    expect(endingRow(finished).awaiting).toBe("the program ended");
  });

  it("asyncio.run of an endless loop: the top level and main() both say stopped", () => {
    // As the engine leaves it: main() cancelled by the Stop, the top level waited on asyncio.run
    // until then, and the "[stopped: ...]" note is written by the top level (so it has a lane).
    const own = loadFixture("sequential");
    const end = own.trace.end;
    const note = "[stopped: the run was interrupted before it finished]\n";
    const stopped: RunResult = {
      ...own,
      limit: STOPPED,
      trace: {
        ...own.trace,
        toplevel: [
          { start: 0, end: 0, line: 18, then: "asyncio.run(main())" },
          { start: end, end, line: null, then: null },
        ],
        prints: [...own.trace.prints, { stream: "stderr", text: note, t: end, task: null }],
        tasks: own.trace.tasks.map((task) =>
          task.label === "main()"
            ? { ...task, outcome: { kind: "cancelled" as const, byStop: true } }
            : task,
        ),
      },
    };
    const layout = layoutOf(stopped);
    expect(labelAtEnd(layout)).toBe("■ stopped by you");
    expect(endingRow(layout).awaiting).toBe("stopped by you");
    const main = layout.lanes.find((lane) => lane.label === "main()")!;
    expect(labelAtEnd(layout, main)).toBe("■ stopped by you");
    expect(endingRow(layout, main).awaiting).toBe("stopped by you");
    expect(JSON.stringify(layout.rows)).not.toMatch(/the program ended|returned/);
  });

  it("a limit that cut the program short says which, not finished", () => {
    const own = loadFixture("sync_downloads");
    const layout = layoutOf({ ...own, limit: { kind: "time", message: "time limit" } });
    expect(labelAtEnd(layout)).toBe("stopped at the time limit");
    expect(endingRow(layout).awaiting).toBe("stopped at the time limit");
  });
});
