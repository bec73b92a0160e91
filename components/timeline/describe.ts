/** Words for what a lane is doing at the playhead, for its label and the status line. */
import type { Lane, LaneState } from "@/lib/timeline";

export function describeState(lane: Lane, state: LaneState): string {
  const at = state.line === null ? "" : ` · line ${state.line}`;
  switch (state.state) {
    case "not-created":
      return "not created yet";
    case "running":
      return `runs${at}`;
    case "waiting":
      return `waits ${state.awaiting ?? ""}${at}`;
    case "ready":
      return state.awaiting === "start" ? "ready to start" : `ready, not running${at}`;
    case "blocked":
      return `blocked: ${state.awaiting ?? ""}${at}`;
    default:
      if (lane.taskId === null) {
        if (!lane.segments.length) return "prints outside any task";
        // Stopped by the reader or a limit, or "finished": the program ended by itself.
        if (lane.mark !== null) return markText(lane);
        return lane.outcomeText === "the program ended" ? "finished" : lane.outcomeText;
      }
      if (lane.mark === null) return "still pending";
      return markText(lane);
  }
}

/** How a lane's end reads, beside its bar and under its label: "✓ returned 'x'", "⊘ cancelled". */
export function markText(lane: Lane): string {
  if (lane.mark === "cancelled") return "⊘ cancelled";
  if (lane.mark === "stopped") return `■ ${lane.outcomeText}`;
  return `${lane.mark} ${lane.outcomeText}`;
}

export const STATE_NAMES = {
  running: "running",
  waiting: "waiting",
  ready: "ready, not running",
  blocked: "blocked",
  finished: "ended",
} as const;
