/** Where each task stands at one moment of the run, and which code line to show for it. */
import type { Lane, LaneState, Segment, TimelineLayout } from "./types";

/** Index of the last item whose start is ≤ t, or -1. */
function lastStartingBy(items: Segment[], t: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

export function laneStateAt(lane: Lane, t: number): LaneState {
  const base = { lane: lane.index, line: null, awaiting: null };
  // The top level's lane without segments only holds prints (results from older engines).
  if (lane.taskId === null && lane.segments.length === 0) return { ...base, state: "done" };
  if (t < lane.created) return { ...base, state: "not-created" };
  const i = lastStartingBy(lane.segments, t);
  if (i < 0) return { ...base, state: "ready", awaiting: "start" };
  const seg = lane.segments[i]!;
  // On the exact clock a last step lasts no virtual time. A lane that ended with the run (see
  // `endsWithRun`) shows it ended once the replay rests at that end (`elapsed`, held to the
  // microsecond), not "runs". Other tasks show running at the instant of their last step.
  const finished =
    lane.end !== null && (t > lane.end || (lane.endsWithRun && t >= lane.end - 1e-6));
  if (t <= seg.end && !finished) {
    return { ...base, state: seg.state, line: seg.line, awaiting: seg.awaiting };
  }
  return { ...base, state: "done", line: seg.line };
}

export function stateAt(layout: TimelineLayout, t: number): LaneState[] {
  return layout.lanes.map((lane) => laneStateAt(lane, t));
}

/**
 * The code line to highlight at moment t: the chosen lane's line when the reader picked one;
 * otherwise the line of the step running at t, or, while every task waits, of the step that ran
 * last (where the program handed control back to the loop). Null before anything ran.
 */
export function focusLine(layout: TimelineLayout, t: number, lane?: number | null): number | null {
  if (lane !== null && lane !== undefined) {
    const picked = layout.lanes[lane];
    if (picked) return laneStateAt(picked, t).line;
  }
  const i = lastStartingBy(layout.running, t);
  if (i < 0) return null;
  // Several steps can share a start time to the microsecond; prefer one that has a line.
  for (let j = i; j >= 0; j--) {
    const line = layout.running[j]!.line;
    if (line !== null) return line;
  }
  return null;
}
