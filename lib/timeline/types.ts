/**
 * The timeline's model: everything the view draws, computed from a trace by `layoutTimeline`.
 * Positions are fractions of the time axis (0 = start of the run, 1 = `total`), so the view can
 * draw them at any width without measuring anything.
 */
import type { Awaiting, Outcome, OutputPart, TraceTask } from "@/lib/runtime/trace";

/** What a task is doing over a span: running a step, waiting on something, woken but not yet
 * resumed because the loop was busy with others (what a blocking call costs them), or blocked in
 * a blocking call (`time.sleep`): holding the thread, computing nothing, while nothing else runs. */
export type SegmentState = "running" | "waiting" | "ready" | "blocked";

export interface Segment {
  /** Index into `TimelineLayout.lanes`. */
  lane: number;
  state: SegmentState;
  /** Virtual seconds. */
  start: number;
  end: number;
  /** Fractions of the axis. */
  x: number;
  width: number;
  /** What it waits on ("sleep(2)", "gather(3)", for the top level "asyncio.run(main())"); for a
   * ready span, what it had waited on, or "start" for a task that has not run yet; for a blocked
   * span, the call ("time.sleep(1)"); null while running. */
  awaiting: string | null;
  awaitingKind: Awaiting["kind"] | null;
  /** Waiting on other tasks or threads (they do the work meanwhile). */
  delegates: boolean;
  /** Code line: where a step stopped, or the `await` a wait is on. */
  line: number | null;
  /** Still open when the run ended (stopped before the task could continue). */
  open: boolean;
}

export type LaneKind = TraceTask["kind"] | "toplevel";

export interface Lane {
  index: number;
  /** Trace task id; null for the "top level" lane: code outside any task (a script without
   * tasks, the code around `asyncio.run`), its prints, and its blocking calls. */
  taskId: number | null;
  /** What the reader recognises, e.g. `fetch_data(2)`. */
  label: string;
  /** `Task-3`, `Thread-1`, or the name given to the task. */
  name: string;
  kind: LaneKind;
  parentId: number | null;
  created: number;
  createdLine: number | null;
  /** When it finished, or null if the run ended first. */
  end: number | null;
  /** It ended at the run's end (to the microsecond): the top level, a task the reader stopped,
   * or any task whose last step came at the run's last instant (one `asyncio.run` cancelled on
   * its way out, or main itself). A replay resting there shows it ended, not running. */
  endsWithRun: boolean;
  outcome: Outcome;
  /** ✓ returned, ✗ raised, "cancelled", "stopped" (the reader pressed Stop), or null (pending). */
  mark: "✓" | "✗" | "cancelled" | "stopped" | null;
  /** A sentence about how it ended: "returned 'Data 1'", "raised ValueError: boom". */
  outcomeText: string;
  /** Axis fractions of creation and of the end (or of the end of the run). */
  x0: number;
  x1: number;
  segments: Segment[];
  prints: PrintGroup[];
}

/** One or more prints of one lane close enough in time to share a marker. */
export interface PrintGroup {
  lane: number;
  /** Indexes into `RunResult.output` (= `trace.prints`). */
  indexes: number[];
  t: number;
  x: number;
  parts: OutputPart[];
}

export interface LinkEnd {
  lane: number;
  t: number;
  x: number;
}

/** "created": a task created another; "woke": a task (or thread) finishing woke the task that
 * awaited it. */
export interface Link {
  kind: "created" | "woke";
  from: LinkEnd;
  to: LinkEnd;
}

/** How a tick's label sits on its tick: starting at it, centred, or ending at it. */
export type TickAlign = "start" | "middle" | "end";

export interface Tick {
  t: number;
  x: number;
  label: string;
  align: TickAlign;
}

export interface TableRow {
  lane: number;
  /** Lane label. */
  task: string;
  /** Segment state, or "finished" for the row saying how the task ended. */
  state: SegmentState | "finished";
  from: number;
  to: number;
  /** Awaited thing, or for a "finished" row how it ended. */
  awaiting: string;
  line: number | null;
}

export interface TimelineLayout {
  /** Length of the axis in virtual seconds (the run's end, or a longer shared axis). */
  total: number;
  /** When the run ended. */
  end: number;
  lanes: Lane[];
  /** All lanes' segments, lane by lane, each lane's in time order. */
  segments: Segment[];
  prints: PrintGroup[];
  links: Link[];
  ticks: Tick[];
  tickStep: number;
  /** Most tasks (and threads) doing their own work at once: running, or waiting on a timer, queue,
   * lock... (not waiting on other tasks, which only delegates). */
  concurrency: number;
  /** Seconds during which at least one task was ready but not running (the loop was busy with
   * something else: another task's step, or a blocking call). */
  readyTime: number;
  /** "4 tasks; finished in 2.0 s; 3 tasks ran concurrently". */
  summary: string;
  /** Lanes' segments and endings, for the table view. */
  rows: TableRow[];
  /** Running and blocked segments sorted by start (what held the thread), for finding the code
   * line at a moment. */
  running: Segment[];
  /** Seconds during which a task's step sat in a blocking call, so the event loop could run
   * nothing else (worker threads' and the top level's calls excluded); in a program without tasks,
   * the top level's. */
  blockedTime: number;
}

/** Where each lane stands at one moment. */
export interface LaneState {
  lane: number;
  state: "not-created" | "running" | "waiting" | "ready" | "blocked" | "done";
  line: number | null;
  awaiting: string | null;
}
