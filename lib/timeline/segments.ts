/** A task's life as consecutive segments: running, waiting (on what), ready but not running, and
 * blocked in a blocking call. */
import type { Awaiting, Blocked, TraceTask } from "@/lib/runtime/trace";
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

/**
 * Splits running segments where the trace saw a blocking call (`blocked`: one lane's, in time
 * order): the step held the thread throughout, but computed only around the call. The running
 * piece before a call ends on the call's line (where the code went next).
 */
export function carveBlocked(
  segments: Segment[],
  blocked: readonly Blocked[],
  opts: Pick<SegmentOptions, "total">,
): Segment[] {
  if (blocked.length === 0) return segments;
  const { total } = opts;
  const at = (base: Segment, state: SegmentState, start: number, end: number): Segment => ({
    ...base,
    state,
    start,
    end,
    x: total > 0 ? start / total : 0,
    width: total > 0 ? (end - start) / total : 0,
  });
  const out: Segment[] = [];
  let next = 0;
  for (const seg of segments) {
    if (seg.state !== "running") {
      out.push(seg);
      continue;
    }
    while (next < blocked.length && blocked[next]!.end <= seg.start) next++;
    let from = seg.start;
    while (next < blocked.length && blocked[next]!.start < seg.end) {
      const b = blocked[next]!;
      const start = Math.max(b.start, from);
      const end = Math.min(b.end, seg.end);
      if (start > from) out.push({ ...at(seg, "running", from, start), line: b.line });
      if (end > start) {
        out.push({
          ...at(seg, "blocked", start, end),
          awaiting: b.label,
          awaitingKind: null,
          delegates: false,
          line: b.line,
          open: false,
        });
      }
      from = Math.max(from, end);
      if (b.end > seg.end) break;
      next++;
    }
    if (seg.end > from || from === seg.start) out.push(at(seg, "running", from, seg.end));
  }
  return out;
}
