/** A task's life as consecutive segments: running, waiting (on what), ready but not running. */
import type { Awaiting, TraceTask } from "@/lib/runtime/trace";
import type { Segment, SegmentState } from "./types";

export interface SegmentOptions {
  /** Axis length in seconds (for the fractions). */
  total: number;
  /** When the run ended: open spans close here. */
  end: number;
  /** Ready spans shorter than this are folded into the wait before them: the loop taking a few
   * hundred microseconds to get round to a task is noise, a blocked loop is not. */
  minReady: number;
}

/** Tasks waiting on these only wait for other tasks to do the work. */
const DELEGATING = new Set<Awaiting["kind"]>(["task", "thread", "gather", "wait", "taskgroup"]);

function delegates(a: Awaiting): boolean {
  return DELEGATING.has(a.kind) || (a.kind === "wait_for" && a.task !== undefined);
}

export function taskSegments(task: TraceTask, lane: number, opts: SegmentOptions): Segment[] {
  const { total, end: runEnd, minReady } = opts;
  const out: Segment[] = [];
  const push = (
    state: SegmentState,
    start: number,
    end: number,
    awaiting: Awaiting | "start" | null,
    line: number | null,
    open = false,
  ) => {
    const s = Math.min(start, runEnd);
    const e = Math.max(s, Math.min(end, runEnd));
    out.push({
      lane,
      state,
      start: s,
      end: e,
      x: total > 0 ? s / total : 0,
      width: total > 0 ? (e - s) / total : 0,
      awaiting: awaiting === null ? null : awaiting === "start" ? "start" : awaiting.label,
      awaitingKind: awaiting === null || awaiting === "start" ? null : awaiting.kind,
      delegates: awaiting !== null && awaiting !== "start" && delegates(awaiting),
      line,
      open,
    });
  };

  // A new task is ready at once, but runs only when the loop gets round to it.
  const firstRun = task.steps[0]?.start ?? task.end ?? runEnd;
  if (firstRun - task.created >= minReady) {
    push(
      "ready",
      task.created,
      firstRun,
      "start",
      null,
      task.steps.length === 0 && task.end === null,
    );
  }

  // Steps and waits alternate: step, wait, step, ... (a wait between each pair of steps, and one
  // after the last step if the run stopped while the task was waiting).
  const { steps, waits } = task;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    push("running", step.start, step.end, null, step.line);
    const wait = waits[i];
    if (!wait) continue;
    const resumed = wait.end ?? runEnd;
    const woke = wait.readyAt ?? resumed;
    const readyLong = resumed - woke >= minReady;
    const waitEnd = readyLong ? woke : resumed;
    if (waitEnd > wait.start || !readyLong) {
      push(
        "waiting",
        wait.start,
        waitEnd,
        wait.awaiting,
        wait.line,
        wait.end === null && !readyLong,
      );
    }
    if (readyLong) push("ready", woke, resumed, wait.awaiting, wait.line, wait.end === null);
  }
  return out;
}
