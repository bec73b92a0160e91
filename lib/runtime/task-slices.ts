/**
 * A large run's tasks cross from the worker to the page in slices, each its own message: the page
 * copies (structured-clones) each message in a task of its own, so no single task holds the page.
 * One message with a 100,000-task trace took 465 ms of the page's CPU to copy (Chromium, busy
 * machine), input waiting behind it; slices of `SLICE_WEIGHT` take a few tens of ms each.
 */
import type { TraceTask } from "./trace";

/** A slice's weight (a task counts its steps and waits, plus one): ~30-50 ms of copying here. */
export const SLICE_WEIGHT = 30_000;

const weight = (task: TraceTask) => 1 + task.steps.length + task.waits.length;

/** `tasks` cut into consecutive slices of at most `limit` weight (a heavier task alone); one
 * slice (the same array) when all fit. */
export function sliceTasks(tasks: TraceTask[], limit = SLICE_WEIGHT): TraceTask[][] {
  const slices: TraceTask[][] = [];
  let start = 0;
  let load = 0;
  for (let i = 0; i < tasks.length; i++) {
    const w = weight(tasks[i]!);
    if (load + w > limit && i > start) {
      slices.push(tasks.slice(start, i));
      start = i;
      load = 0;
    }
    load += w;
  }
  if (start === 0) return [tasks];
  slices.push(tasks.slice(start));
  return slices;
}
