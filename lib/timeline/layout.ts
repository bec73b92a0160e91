/** `layoutTimeline`: the trace of a run → everything the timeline view draws. A pure function. */
import type { Blocked, Outcome, Trace, TraceTask } from "@/lib/runtime/trace";
import { taskLinks } from "./links";
import { carveBlocked, taskSegments } from "./segments";
import { blockedTime, maxConcurrency, readyTime, summarise, type Ending } from "./summary";
import { topLevelLane, wantsTopLevel } from "./toplevel";
import { chooseTicks } from "./ticks";
import type { Lane, PrintGroup, Segment, TableRow, TimelineLayout } from "./types";

export interface LayoutOptions extends Ending {
  /** Axis length; default the run's end. Pass the longer of two runs to compare them. */
  total?: number;
  /** Most ticks on the axis (default 8; fewer for narrow views). */
  maxTicks?: number;
  /** Ready spans shorter than this are folded into the wait before them; default 1 ms or 0.5 % of
   * the run, whichever is shorter. */
  minReady?: number;
  /** Prints of one lane closer than this fraction of the axis share a marker; default 0.005. */
  printGap?: number;
}

/** The exception the engine raises in a program when the reader presses Stop (asyncio_live.stop). */
const STOPPED = "Stopped";

function outcomeOf(outcome: Outcome): Pick<Lane, "mark" | "outcomeText"> {
  switch (outcome.kind) {
    case "result":
      return { mark: "✓", outcomeText: `returned ${outcome.repr}` };
    case "exception":
      // The engine's Stop raises its own `Stopped` in the program: the reader's doing, not an error.
      if (outcome.type === STOPPED) return { mark: "stopped", outcomeText: "stopped by you" };
      return {
        mark: "✗",
        outcomeText: `raised ${outcome.type}${outcome.message ? `: ${outcome.message}` : ""}`,
      };
    case "cancelled":
      // Stop cancels the main task of asyncio.run (as Ctrl+C does): the reader's doing.
      if (outcome.byStop) return { mark: "stopped", outcomeText: "stopped by you" };
      return { mark: "cancelled", outcomeText: "cancelled" };
    default:
      return { mark: null, outcomeText: "still pending when the run ended" };
  }
}

/** Whether the task ended at the run's end (`Lane.endsWithRun`); a stopped task always did. */
function endsWithRun(task: TraceTask, runEnd: number): boolean {
  if (task.end === null) return false;
  return outcomeOf(task.outcome).mark === "stopped" || task.end >= runEnd - 1e-6;
}

/** Main task first, then creation order (threads sit after the task that started them). */
function laneOrder(tasks: TraceTask[]): TraceTask[] {
  return [...tasks].sort(
    (a, b) => (a.kind === "main" ? 0 : 1) - (b.kind === "main" ? 0 : 1) || a.id - b.id,
  );
}

/** Lanes laid out between two pauses of `layoutSlices` (~20-40 ms of a busy page's CPU). */
export const LANES_PER_SLICE = 5_000;

export function layoutTimeline(trace: Trace, options: LayoutOptions = {}): TimelineLayout {
  const slices = layoutSlices(trace, options);
  for (;;) {
    const next = slices.next();
    if (next.done) return next.value;
  }
}

/**
 * `layoutTimeline` in slices: the generator pauses (yields) after every `LANES_PER_SLICE` lanes and
 * between its later phases, so that a page can lay out a 100,000-task run (~half a second of CPU)
 * in tasks that each leave room for input, and returns the same layout.
 */
export function* layoutSlices(
  trace: Trace,
  options: LayoutOptions = {},
): Generator<void, TimelineLayout, void> {
  const end = Math.max(trace.end, 0);
  const total = Math.max(options.total ?? end, end, 1e-6);
  const minReady = options.minReady ?? Math.min(0.001, total * 0.005);
  const x = (t: number) => t / total;

  const lanes: Lane[] = [];
  const laneOf = new Map<number, number>();
  if (wantsTopLevel(trace)) lanes.push(topLevelLane(trace, { total, end, limit: options.limit }));
  const blockedBy = new Map<number, Blocked[]>();
  for (const b of trace.blocked ?? []) {
    if (b.task === null) continue;
    const list = blockedBy.get(b.task) ?? [];
    list.push(b);
    blockedBy.set(b.task, list);
  }
  let laid = 0;
  for (const task of laneOrder(trace.tasks)) {
    if (++laid % LANES_PER_SLICE === 0) yield;
    const index = lanes.length;
    laneOf.set(task.id, index);
    lanes.push({
      index,
      taskId: task.id,
      label: task.label,
      name: task.name,
      kind: task.kind,
      parentId: task.parent,
      created: task.created,
      createdLine: task.createdLine,
      end: task.end,
      endsWithRun: endsWithRun(task, end),
      outcome: task.outcome,
      ...outcomeOf(task.outcome),
      x0: x(task.created),
      x1: x(task.end ?? end),
      segments: carveBlocked(
        taskSegments(task, index, { total, end, minReady }),
        blockedBy.get(task.id) ?? [],
        { total },
      ),
      prints: [],
    });
  }

  const gap = options.printGap ?? 0.005;
  const prints: PrintGroup[] = [];
  trace.prints.forEach((part, i) => {
    const lane = part.task === null ? 0 : laneOf.get(part.task);
    if (lane === undefined) return;
    const groups = lanes[lane]!.prints;
    const last = groups[groups.length - 1];
    if (last && x(part.t) - last.x <= gap) {
      last.indexes.push(i);
      last.parts.push(part);
      return;
    }
    const group: PrintGroup = { lane, indexes: [i], t: part.t, x: x(part.t), parts: [part] };
    groups.push(group);
    prints.push(group);
  });

  yield;
  const segments: Segment[] = lanes.flatMap((l) => l.segments);
  const running = segments
    .filter((s) => s.state === "running" || s.state === "blocked")
    .sort((a, b) => a.start - b.start || a.lane - b.lane);
  // With tasks, what matters is the event loop held in a blocking call (a worker thread's call
  // holds only that thread); without tasks, the program's own.
  const holders = new Set<Lane["kind"]>(trace.tasks.length ? ["task", "main"] : ["toplevel"]);
  const blocked = blockedTime(segments.filter((s) => holders.has(lanes[s.lane]!.kind)));
  const ready = readyTime(segments);
  yield;
  const concurrency = maxConcurrency(segments);
  const { step, ticks } = chooseTicks(total, options.maxTicks);
  let rows: TableRow[] | undefined;

  yield;
  const links = taskLinks(trace, laneOf, total);
  yield;
  return {
    total,
    end,
    lanes,
    segments,
    prints,
    links,
    ticks,
    tickStep: step,
    concurrency,
    readyTime: ready,
    summary: summarise(lanes, end, concurrency, ready, options, blocked),
    // Made when first read (the table view): a 100,000-task run has 400,000 rows, and building
    // them held the page for a large share of the layout's time while the chart needs none.
    get rows() {
      return (rows ??= tableRows(lanes));
    },
    running,
    blockedTime: blocked,
  };
}

/** The table view's rows: each lane's segments, then its end. */
function tableRows(lanes: Lane[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const lane of lanes) {
    for (const s of lane.segments) {
      rows.push({
        lane: lane.index,
        task: lane.label,
        state: s.state,
        from: s.start,
        to: s.end,
        awaiting: s.awaiting ?? "",
        line: s.line,
      });
    }
    if (lane.end !== null) {
      const lastLine = lane.segments.findLast((s) => s.state === "running")?.line ?? null;
      rows.push({
        lane: lane.index,
        task: lane.label,
        state: "finished",
        from: lane.end,
        to: lane.end,
        awaiting:
          lane.mark === "✓" || lane.mark === "✗"
            ? `${lane.mark} ${lane.outcomeText}`
            : lane.outcomeText,
        line: lastLine,
      });
    }
  }

  return rows;
}
