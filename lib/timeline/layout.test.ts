import { describe, expect, it } from "vitest";
import type { Trace } from "@/lib/runtime/trace";
import { layoutTimeline } from "./layout";
import { focusLine, stateAt } from "./state";
import { loadFixture } from "./test-fixtures";
import type { TimelineLayout } from "./types";

const near = (value: number | null | undefined, expected: number, within = 0.05) => {
  expect(value).not.toBeNull();
  expect(Math.abs(value! - expected)).toBeLessThanOrEqual(within);
};

const lay = (name: Parameters<typeof loadFixture>[0]) => {
  const result = loadFixture(name);
  return { result, layout: layoutTimeline(result.trace, result) };
};

const waitsOf = (layout: TimelineLayout, lane: number) =>
  layout.lanes[lane]!.segments.filter((s) => s.state === "waiting");

describe("layoutTimeline on the seed gather example", () => {
  const { result, layout } = lay("gather");

  it("has one lane per task, main first, labelled by the coroutine call", () => {
    expect(layout.lanes.map((l) => [l.label, l.name, l.kind])).toEqual([
      ["main()", "Task-1", "task"],
      ["fetch_data(1)", "Task-2", "task"],
      ["fetch_data(2)", "Task-3", "task"],
      ["fetch_data(3)", "Task-4", "task"],
    ]);
  });

  it("draws the three sleeps as overlapping waits labelled sleep(2) on line 5", () => {
    const waits = [1, 2, 3].map((lane) => waitsOf(layout, lane));
    for (const w of waits) {
      expect(w).toHaveLength(1);
      expect(w[0]).toMatchObject({ awaiting: "sleep(2)", awaitingKind: "sleep", line: 5 });
      near(w[0]!.end - w[0]!.start, 2);
    }
    const starts = waits.map((w) => w[0]!.start);
    const ends = waits.map((w) => w[0]!.end);
    expect(Math.max(...starts)).toBeLessThan(Math.min(...ends));
    expect(waitsOf(layout, 0)).toMatchObject([{ awaiting: "gather(3)", line: 11 }]);
  });

  it("places segments as fractions of the axis, which ends with the run", () => {
    near(layout.total, 2.0, 0.02);
    expect(layout.total).toBe(result.trace.end);
    for (const s of layout.segments) {
      expect(s.x).toBeCloseTo(s.start / layout.total, 12);
      expect(s.width).toBeCloseTo((s.end - s.start) / layout.total, 12);
      expect(s.x + s.width).toBeLessThanOrEqual(1 + 1e-12);
    }
    // Each lane's segments follow each other without overlapping.
    for (const lane of layout.lanes) {
      for (let i = 1; i < lane.segments.length; i++) {
        expect(lane.segments[i]!.start).toBeGreaterThanOrEqual(lane.segments[i - 1]!.end - 1e-9);
      }
    }
  });

  it("ticks every half second", () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(["0.0 s", "0.5 s", "1.0 s", "1.5 s", "2.0 s"]);
    expect(layout.ticks[4]!.x).toBeCloseTo(2 / layout.total, 12);
  });

  it("says it in one sentence", () => {
    expect(layout.summary).toBe("4 tasks; finished in 2.0 s; 3 tasks ran concurrently");
    expect(layout.concurrency).toBe(3);
  });

  it("links main to the tasks it created, and the last fetch to the main it woke", () => {
    const created = layout.links.filter((l) => l.kind === "created");
    expect(created.map((l) => [l.from.lane, l.to.lane])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    const woke = layout.links.filter((l) => l.kind === "woke");
    expect(woke).toHaveLength(1);
    const lastToFinish = [1, 2, 3].reduce((a, b) =>
      layout.lanes[a]!.end! > layout.lanes[b]!.end! ? a : b,
    );
    expect(woke[0]!.from).toMatchObject({ lane: lastToFinish, t: layout.lanes[lastToFinish]!.end });
    expect(woke[0]!.to).toMatchObject({ lane: 0, t: result.trace.tasks[0]!.waits[0]!.readyAt });
  });

  it("puts each print on its task's lane at its time", () => {
    const markers = layout.prints.flatMap((g) => g.indexes.map((i) => [i, g.lane]));
    expect(markers).toHaveLength(result.output.length);
    for (const [i, lane] of markers) {
      expect(layout.lanes[lane!]!.taskId).toBe(result.output[i!]!.task);
    }
    const fetched = layout.lanes[2]!.prints.flatMap((g) => g.parts.map((p) => p.text));
    expect(fetched).toEqual(["Fetching data 2...\n", "Data 2 fetched!\n"]);
  });

  it("ends every task with ✓ and what it returned", () => {
    expect(layout.lanes.map((l) => [l.mark, l.outcomeText])).toEqual([
      ["✓", "returned None"],
      ["✓", "returned 'Data 1'"],
      ["✓", "returned 'Data 2'"],
      ["✓", "returned 'Data 3'"],
    ]);
  });

  it("lists the same segments in the table, plus how each task ended", () => {
    const segmentRows = layout.rows.filter((r) => r.state !== "finished");
    expect(segmentRows).toHaveLength(layout.segments.length);
    segmentRows.forEach((row, i) => {
      const s = layout.segments[i]!;
      expect(row).toEqual({
        lane: s.lane,
        task: layout.lanes[s.lane]!.label,
        state: s.state,
        from: s.start,
        to: s.end,
        awaiting: s.awaiting ?? "",
        line: s.line,
      });
    });
    const finished = layout.rows.filter((r) => r.state === "finished");
    expect(finished.map((r) => r.awaiting)).toContain("✓ returned 'Data 2'");
  });
});

describe("layoutTimeline on the sequential version", () => {
  const { layout } = lay("sequential");

  it("shows the three waits one after another, 6.0 s in all", () => {
    expect(layout.lanes.map((l) => l.label)).toEqual(["main()"]);
    const waits = waitsOf(layout, 0);
    expect(waits.map((w) => w.awaiting)).toEqual(["sleep(2)", "sleep(2)", "sleep(2)"]);
    waits.forEach((w, i) => {
      near(w.start, 2 * i);
      near(w.end, 2 * i + 2);
      if (i > 0) expect(w.start).toBeGreaterThanOrEqual(waits[i - 1]!.end);
    });
    near(layout.total, 6.0, 0.02);
    expect(layout.ticks.map((t) => t.label)).toEqual([
      "0 s",
      "1 s",
      "2 s",
      "3 s",
      "4 s",
      "5 s",
      "6 s",
    ]);
    expect(layout.summary).toBe("1 task; finished in 6.0 s; one task ran at a time");
  });
});

describe("layoutTimeline on blocking time.sleep", () => {
  const { layout } = lay("blocking_sleep");

  it("shows the other tasks ready but not running while one blocks the loop", () => {
    const [, a, b, c] = layout.lanes;
    expect([a, b, c].map((l) => l!.label)).toEqual(["job('A')", "job('B')", "job('C')"]);
    expect(a!.segments.filter((s) => s.state === "ready")).toHaveLength(0);
    const readyB = b!.segments.filter((s) => s.state === "ready");
    const readyC = c!.segments.filter((s) => s.state === "ready");
    expect(readyB).toHaveLength(1);
    expect(readyC).toHaveLength(1);
    near(readyB[0]!.start, 0);
    near(readyB[0]!.end - readyB[0]!.start, 1);
    near(readyC[0]!.end - readyC[0]!.start, 2);
    expect(readyB[0]!.awaiting).toBe("start");
    // A's single step is the blocking second: computing around a second blocked in time.sleep.
    const stepA = a!.segments.filter((s) => s.state === "running" || s.state === "blocked");
    near(stepA.at(-1)!.end - stepA[0]!.start, 1);
    // B and C were both held up over the first second: 2 s in which some task was ready.
    near(layout.readyTime, 2, 0.05);
    expect(layout.summary).toBe(
      "4 tasks; finished in 3.0 s; one task ran at a time; for 2.0 s a task was ready but not running; the event loop was blocked in time.sleep for 3.0 s",
    );
  });

  it("draws each job's time.sleep(1) as a blocked bar inside its step, end to end", () => {
    const jobs = layout.lanes.slice(1);
    const blocked = jobs.map((lane) => lane.segments.filter((s) => s.state === "blocked"));
    for (const b of blocked) {
      expect(b).toHaveLength(1);
      expect(b[0]).toMatchObject({ awaiting: "time.sleep(1)", line: 9, delegates: false });
      near(b[0]!.end - b[0]!.start, 1, 0.01);
    }
    // One after the other: B blocks only once A's sleep is over, C once B's is.
    expect(blocked[1]![0]!.start).toBeGreaterThanOrEqual(blocked[0]![0]!.end);
    expect(blocked[2]![0]!.start).toBeGreaterThanOrEqual(blocked[1]![0]!.end);
    // The steps' computing around the call stays drawn as running, on the line after it.
    const runsA = jobs[0]!.segments.filter((s) => s.state === "running");
    expect(runsA.map((s) => s.line)).toEqual([9, 10]);
    // main still waits on the gather throughout, and there are no prints outside tasks.
    expect(waitsOf(layout, 0)).toMatchObject([{ awaiting: "gather(3)" }]);
    expect(layout.lanes.some((l) => l.taskId === null)).toBe(false);
    near(layout.blockedTime, 3, 0.02);
    // The playhead's line follows the blocking call.
    expect(focusLine(layout, 1.5)).toBe(9);
    expect(stateAt(layout, 1.5)[2]).toMatchObject({
      state: "blocked",
      awaiting: "time.sleep(1)",
      line: 9,
    });
  });
});

describe("layoutTimeline on a script without tasks (lesson 1's sync_downloads.py)", () => {
  const { layout } = lay("sync_downloads");
  const top = layout.lanes[0]!;

  it("draws the top level's three time.sleep(2) as blocked bars, end to end", () => {
    expect(layout.lanes).toHaveLength(1);
    expect(top).toMatchObject({ taskId: null, label: "top level", kind: "toplevel" });
    const blocked = top.segments.filter((s) => s.state === "blocked");
    expect(blocked.map((s) => [s.awaiting, s.line])).toEqual([
      ["time.sleep(2)", 6],
      ["time.sleep(2)", 6],
      ["time.sleep(2)", 6],
    ]);
    for (const [i, s] of blocked.entries()) {
      near(s.start, 2 * i, 0.02);
      near(s.end - s.start, 2, 0.001);
    }
    // Running (computing) fills the rest, and the lane ends with the program.
    expect(top.segments[0]!.state).toBe("running");
    expect(top.segments.at(-1)!.state).toBe("running");
    for (let i = 1; i < top.segments.length; i++) {
      near(top.segments[i]!.start, top.segments[i - 1]!.end, 1e-9);
    }
    near(top.end, 6, 0.02);
    expect(top.prints.length).toBeGreaterThan(0);
  });

  it("says it had no tasks and ran one thing at a time, not '0 tasks'", () => {
    expect(layout.summary).toBe(
      "no tasks: the code ran top to bottom, one thing at a time; finished in 6.0 s; 6.0 s of it blocked in time.sleep",
    );
  });

  it("tells the state and line at a moment, like a task's lane", () => {
    expect(stateAt(layout, 3)[0]).toMatchObject({
      state: "blocked",
      awaiting: "time.sleep(2)",
      line: 6,
    });
    expect(focusLine(layout, 3)).toBe(6);
    expect(stateAt(layout, 7)[0]!.state).toBe("done");
    // A replay resting at the program's end (elapsed, to the microsecond) shows it finished.
    const { elapsed } = loadFixture("sync_downloads");
    expect(stateAt(layout, Math.round(elapsed * 1e6) / 1e6)[0]!.state).toBe("done");
    expect(layout.rows.filter((r) => r.state === "blocked")).toHaveLength(3);
  });
});

describe("layoutTimeline on code around asyncio.run", () => {
  const trace: Trace = {
    version: 1,
    end: 1.6,
    idle: [],
    prints: [{ stream: "stdout", text: "after\n", t: 1.55, task: null }],
    blocked: [{ task: null, start: 0.1, end: 0.4, line: 3, label: "time.sleep(0.3)" }],
    toplevel: [
      { start: 0, end: 0.5, line: 8, then: "asyncio.run(main())" },
      { start: 1.5, end: 1.6, line: null, then: null },
    ],
    tasks: [
      {
        id: 1,
        name: "Task-1",
        coro: "main",
        label: "main()",
        kind: "task",
        parent: null,
        created: 0.5,
        createdLine: 8,
        steps: [
          { start: 0.5, end: 0.5, line: 6 },
          { start: 1.5, end: 1.5, line: 6 },
        ],
        waits: [
          {
            start: 0.5,
            readyAt: 1.5,
            end: 1.5,
            awaiting: { kind: "sleep", seconds: 1, label: "sleep(1)" },
            line: 6,
          },
        ],
        end: 1.5,
        outcome: { kind: "result", repr: "None" },
      },
    ],
  };
  const layout = layoutTimeline(trace);

  it("draws the top level running, blocked, then waiting on asyncio.run(main())", () => {
    const top = layout.lanes[0]!;
    expect(top.taskId).toBeNull();
    expect(top.segments.map((s) => [s.state, s.start, s.end, s.awaiting, s.line])).toEqual([
      ["running", 0, 0.1, null, 3],
      ["blocked", 0.1, 0.4, "time.sleep(0.3)", 3],
      ["running", 0.4, 0.5, null, 8],
      ["waiting", 0.5, 1.5, "asyncio.run(main())", 8],
      ["running", 1.5, 1.6, null, null],
    ]);
    // Waiting on the loop is delegating: the tasks do the work, so it is not concurrency.
    expect(top.segments[3]).toMatchObject({ delegates: true, open: false });
    expect(layout.concurrency).toBe(1);
    expect(top.end).toBe(1.6);
    expect(stateAt(layout, 1)[0]).toMatchObject({
      state: "waiting",
      awaiting: "asyncio.run(main())",
    });
  });

  it("does not call the event loop blocked for a sleep outside it", () => {
    expect(layout.blockedTime).toBe(0);
    expect(layout.summary).toBe("1 task; finished in 1.6 s; one task ran at a time");
  });
});

describe("layoutTimeline on a worker thread's time.sleep", () => {
  const { layout } = lay("to_thread");

  it("draws it blocked on the thread's lane, and does not call the loop blocked", () => {
    const thread = layout.lanes.find((l) => l.kind === "thread")!;
    expect(thread.segments.filter((s) => s.state === "blocked")).toMatchObject([
      { awaiting: "time.sleep(1)" },
    ]);
    expect(layout.blockedTime).toBe(0);
    expect(layout.summary).not.toContain("blocked");
  });
});

describe("layoutTimeline on asyncio.to_thread", () => {
  const { layout } = lay("to_thread");

  it("gives the worker thread a lane after the task that started it, and links its end", () => {
    expect(layout.lanes.map((l) => [l.label, l.kind, l.name])).toEqual([
      ["main()", "task", "Task-1"],
      ["to_thread(read_legacy_sensor)", "task", "Task-2"],
      ["other_work()", "task", "Task-3"],
      ["read_legacy_sensor()", "thread", "Thread-1"],
    ]);
    const woke = layout.links.filter((l) => l.kind === "woke");
    expect(woke.map((l) => [l.from.lane, l.to.lane])).toEqual([
      [3, 1],
      [2, 0],
    ]);
    expect(
      layout.links.filter((l) => l.kind === "created").map((l) => [l.from.lane, l.to.lane]),
    ).toEqual([
      [0, 1],
      [0, 2],
      [1, 3],
    ]);
    expect(layout.concurrency).toBe(2);
    expect(layout.summary).toBe(
      "3 tasks and 1 worker thread; finished in 1.0 s; 2 tasks ran concurrently",
    );
  });
});

describe("layoutTimeline on create_task", () => {
  const { layout } = lay("create_task");

  it("shows main waiting on the task it created, woken when it finished", () => {
    expect(layout.lanes.map((l) => l.label)).toEqual(["main()", "fetch_data()"]);
    expect(waitsOf(layout, 0)).toMatchObject([
      { awaiting: "fetch_data()", awaitingKind: "task", delegates: true, line: 10 },
    ]);
    expect(layout.links.map((l) => [l.kind, l.from.lane, l.to.lane])).toEqual([
      ["created", 0, 1],
      ["woke", 1, 0],
    ]);
    const doing = layout.lanes[0]!.prints[0]!;
    expect(doing.parts[0]!.text).toBe("Doing other work...\n");
    near(doing.t, 0);
  });
});

describe("layoutTimeline on a failing TaskGroup", () => {
  const { layout } = lay("taskgroup_failure");

  it("marks the failed task ✗ and the others cancelled, where they stopped", () => {
    expect(layout.lanes.map((l) => [l.mark, l.outcomeText])).toEqual([
      ["✓", "returned None"],
      ["✗", "raised ValueError: fetch 1 failed"],
      ["cancelled", "cancelled"],
      ["cancelled", "cancelled"],
    ]);
    // The 2 s sleep was cut short at 1 s by the cancellation.
    const sleep2 = waitsOf(layout, 2)[0]!;
    expect(sleep2.awaiting).toBe("sleep(2)");
    near(sleep2.end, 1);
    expect(layout.rows.filter((r) => r.state === "finished").map((r) => r.awaiting)).toEqual([
      "✓ returned None",
      "✗ raised ValueError: fetch 1 failed",
      "cancelled",
      "cancelled",
    ]);
  });

  it("groups prints made within a moment into one marker", () => {
    const main = layout.lanes[0]!;
    expect(main.prints).toHaveLength(1);
    expect(main.prints[0]!.indexes).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("layoutTimeline on 1,000 tasks", () => {
  const { result, layout } = lay("thousand_tasks");

  it("lays out every lane and counts them all as concurrent", () => {
    expect(layout.lanes).toHaveLength(1001);
    expect(layout.lanes[1]!.label).toBe("worker(0)");
    expect(layout.lanes[1000]!.label).toBe("worker(999)");
    expect(layout.concurrency).toBe(1000);
    expect(
      layout.summary.startsWith("1,001 tasks; finished in 1.1 s; 1,000 tasks ran concurrently"),
    ).toBe(true);
    expect(layout.prints.reduce((n, g) => n + g.indexes.length, 0)).toBe(result.output.length);
  });
});

describe("layoutTimeline on a run stopped mid-wait", () => {
  // A hand-made trace: the run hit its time limit while the task slept.
  const trace: Trace = {
    version: 1,
    end: 10,
    idle: [],
    prints: [{ stream: "stdout", text: "before\n", t: 0, task: null }],
    tasks: [
      {
        id: 1,
        name: "Task-1",
        coro: "main",
        label: "main()",
        kind: "task",
        parent: null,
        created: 0,
        createdLine: 9,
        steps: [{ start: 0.5, end: 1, line: 4 }],
        waits: [
          {
            start: 1,
            readyAt: null,
            end: null,
            awaiting: { kind: "sleep", seconds: 60, label: "sleep(60)" },
            line: 4,
          },
        ],
        end: null,
        outcome: { kind: "pending" },
      },
    ],
  };
  const layout = layoutTimeline(trace, {
    limit: { kind: "time", message: "virtual time limit" },
    total: 20,
  });

  it("keeps the open wait until the run's end, on a longer shared axis", () => {
    expect(layout.total).toBe(20);
    expect(layout.end).toBe(10);
    const main = layout.lanes.find((l) => l.taskId === 1)!;
    expect(main.segments.map((s) => [s.state, s.start, s.end, s.open])).toEqual([
      ["ready", 0, 0.5, false],
      ["running", 0.5, 1, false],
      ["waiting", 1, 10, true],
    ]);
    expect(main.segments[2]!.width).toBeCloseTo(0.45, 12);
    expect(main.mark).toBeNull();
    expect(main.x1).toBe(0.5);
  });

  it("holds prints made outside any task on a top-level lane", () => {
    expect(layout.lanes[0]).toMatchObject({ taskId: null, label: "top level" });
    expect(layout.lanes[0]!.prints[0]!.indexes).toEqual([0]);
  });

  it("says the run was stopped", () => {
    expect(layout.summary).toBe(
      "1 task; stopped at the time limit after 10.0 s; one task ran at a time; for 500 ms a task was ready but not running",
    );
    // 0.3 s of a 10 s run (under 5 %) is not worth a mention.
    const later = { ...trace, tasks: [{ ...trace.tasks[0]!, created: 0.2 }] };
    const quiet = layoutTimeline(later);
    expect(quiet.readyTime).toBeCloseTo(0.3, 9);
    expect(quiet.summary).toBe("1 task; finished in 10.0 s; one task ran at a time");
  });

  it("says how the run ended: an error, or sys.exit's status", () => {
    const error = { message: "3", line: null, column: null, traceback: "" };
    const failed = layoutTimeline(trace, { error: { ...error, type: "ValueError" } });
    expect(failed.summary).toMatch(/^1 task; failed with ValueError after 10\.0 s;/);
    const exited = layoutTimeline(trace, { error: { ...error, type: "SystemExit" } });
    expect(exited.summary).toMatch(/^1 task; exited with status 3 after 10\.0 s;/);
  });
});
