/** The one-sentence summary of a run, and the concurrency figure in it. */
import { exitStatus } from "@/lib/runtime/exit-status";
import type { RunError, RunLimit } from "@/lib/runtime/trace";
import { formatCount, formatDuration } from "./format";
import type { Lane, Segment } from "./types";

/**
 * Most lanes doing their own work at the same moment: running, or waiting on a timer, queue, lock
 * or other future. Waiting on other tasks does not count (the awaited tasks are the ones working),
 * nor does ready-but-not-running time (that task is held up, not making progress).
 */
export function maxConcurrency(segments: Segment[]): number {
  const events: [number, number][] = [];
  for (const s of segments) {
    if (s.state === "ready" || s.end <= s.start) continue;
    if (s.state === "waiting" && s.delegates) continue;
    events.push([s.start, 1], [s.end, -1]);
  }
  // Ends before starts at the same moment: one task handing over to the next is not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, delta] of events) {
    now += delta;
    if (now > most) most = now;
  }
  return most;
}

/** Length of the union of the ready spans: how long some task was kept waiting for the loop. */
export function readyTime(segments: Segment[]): number {
  return unionLength(segments, "ready");
}

/** Length of the union of the blocked spans: how long a blocking call held the thread. */
export function blockedTime(segments: Segment[]): number {
  return unionLength(segments, "blocked");
}

function unionLength(segments: Segment[], state: Segment["state"]): number {
  const spans = segments
    .filter((s) => s.state === state && s.end > s.start)
    .map((s) => [s.start, s.end] as const)
    .sort((a, b) => a[0] - b[0]);
  let sum = 0;
  let from = -Infinity;
  let to = -Infinity;
  for (const [start, end] of spans) {
    if (start > to) {
      if (to > from) sum += to - from;
      from = start;
      to = end;
    } else if (end > to) {
      to = end;
    }
  }
  if (to > from) sum += to - from;
  return sum;
}

export interface Ending {
  error?: RunError | null;
  limit?: RunLimit | null;
}

/** How a limit ended the run, for the summary and the top level's lane. */
export const LIMITS: Record<RunLimit["kind"], string> = {
  time: "stopped at the time limit",
  steps: "stopped at the step limit",
  output: "stopped at the output limit",
  deadlock: "stopped: every task was waiting and nothing could wake them",
  stopped: "stopped by you",
};

export function summarise(
  lanes: Lane[],
  end: number,
  concurrency: number,
  ready: number,
  ending: Ending,
  blocked = 0,
): string {
  const tasks = lanes.filter((l) => l.kind === "task" || l.kind === "main").length;
  const threads = lanes.filter((l) => l.kind === "thread").length;
  // "0 tasks" would read as if nothing happened; a script did everything itself.
  let who =
    tasks + threads === 0
      ? "no tasks: the code ran top to bottom, one thing at a time"
      : formatCount(tasks, "task");
  if (tasks && threads) who += ` and ${formatCount(threads, "worker thread")}`;
  else if (threads) who = formatCount(threads, "worker thread");
  const at = formatDuration(end);
  const status = exitStatus(ending.error ?? null);
  const how = ending.limit
    ? `${LIMITS[ending.limit.kind]} after ${at}`
    : status !== null
      ? `exited with status ${status} after ${at}`
      : ending.error
        ? `failed with ${ending.error.type} after ${at}`
        : `finished in ${at}`;
  const parts = [who, how];
  if (tasks + threads > 0) {
    parts.push(
      concurrency > 1
        ? `${concurrency.toLocaleString("en-US")} tasks ran concurrently`
        : "one task ran at a time",
    );
  }
  // Worth saying only when it is a visible share of the run (a blocked loop), not the loop's own
  // bookkeeping or a slow first step (the first run in a page also pays for imports).
  if (ready >= Math.max(0.05 * end, 0.001)) {
    parts.push(`for ${formatDuration(ready)} a task was ready but not running`);
  }
  if (blocked >= 0.001) {
    parts.push(
      tasks > 0
        ? `the event loop was blocked in time.sleep for ${formatDuration(blocked)}`
        : `${formatDuration(blocked)} of it blocked in time.sleep`,
    );
  }
  return parts.join("; ");
}
