/** Arrows between lanes: who created a task, and which finished task woke the one awaiting it. */
import type { Trace } from "@/lib/runtime/trace";
import type { Link } from "./types";

/**
 * `laneOf` maps a trace task id to its lane. For a wait on several tasks (gather, TaskGroup,
 * wait) the waker is the awaited task that finished last before the waiter woke: for a gather,
 * the slowest; for `wait(FIRST_COMPLETED)`, the first.
 */
export function taskLinks(trace: Trace, laneOf: Map<number, number>, total: number): Link[] {
  const x = (t: number) => (total > 0 ? t / total : 0);
  const byId = new Map(trace.tasks.map((t) => [t.id, t]));
  const links: Link[] = [];
  for (const task of trace.tasks) {
    const lane = laneOf.get(task.id);
    if (lane === undefined) continue;
    const parentLane = task.parent === null ? undefined : laneOf.get(task.parent);
    if (parentLane !== undefined) {
      links.push({
        kind: "created",
        from: { lane: parentLane, t: task.created, x: x(task.created) },
        to: { lane, t: task.created, x: x(task.created) },
      });
    }
    for (const wait of task.waits) {
      if (wait.readyAt === null) continue;
      const a = wait.awaiting;
      const candidates =
        a.kind === "task" || a.kind === "thread"
          ? [a.task]
          : a.kind === "gather" || a.kind === "wait" || a.kind === "taskgroup"
            ? a.tasks
            : a.kind === "wait_for" && a.task !== undefined
              ? [a.task]
              : [];
      let waker: { lane: number; end: number } | null = null;
      for (const id of candidates) {
        const end = byId.get(id)?.end;
        const from = laneOf.get(id);
        if (end === null || end === undefined || from === undefined) continue;
        if (end > wait.readyAt + 1e-9 || end < wait.start - 1e-9) continue;
        if (!waker || end > waker.end) waker = { lane: from, end };
      }
      if (waker) {
        links.push({
          kind: "woke",
          from: { lane: waker.lane, t: waker.end, x: x(waker.end) },
          to: { lane, t: wait.readyAt, x: x(wait.readyAt) },
        });
      }
    }
  }
  // Creations first (creation order), then wake-ups in time order.
  const rank = (l: Link) => (l.kind === "created" ? 0 : 1);
  return links.sort((a, b) => rank(a) - rank(b) || (rank(a) === 1 ? a.to.t - b.to.t : 0));
}
