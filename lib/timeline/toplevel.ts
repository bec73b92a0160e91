/** The "top level" lane: code outside any task. A script without tasks runs all its time here. */
import type { Trace } from "@/lib/runtime/trace";
import { carveBlocked } from "./segments";
import { LIMITS, type Ending } from "./summary";
import type { Lane, Segment } from "./types";

interface Options {
  total: number;
  end: number;
}

/**
 * The top level runs while no event loop does (before `asyncio.run`, after it, or a whole script)
 * and waits on the loop meanwhile ("asyncio.run(main())", delegated to the tasks). Its blocking
 * calls are carved out of its running spans. Empty for results that did not record top-level
 * spans (the lane then only holds prints, as it did before).
 */
export function topLevelSegments(trace: Trace, opts: Options): Segment[] {
  const spans = trace.toplevel ?? [];
  const { total, end: runEnd } = opts;
  const x = (t: number) => (total > 0 ? t / total : 0);
  const out: Segment[] = [];
  spans.forEach((span, i) => {
    const start = Math.min(span.start, runEnd);
    const stop = Math.max(start, Math.min(span.end, runEnd));
    out.push({
      lane: 0,
      state: "running",
      start,
      end: stop,
      x: x(start),
      width: x(stop) - x(start),
      awaiting: null,
      awaitingKind: null,
      delegates: false,
      line: span.line,
      open: false,
    });
    if (span.then === null) return;
    const next = spans[i + 1];
    const resumed = Math.max(stop, Math.min(next?.start ?? runEnd, runEnd));
    out.push({
      lane: 0,
      state: "waiting",
      start: stop,
      end: resumed,
      x: x(stop),
      width: x(resumed) - x(stop),
      awaiting: span.then,
      // It waits for the loop's main task, and the tasks do the work meanwhile.
      awaitingKind: "task",
      delegates: true,
      line: span.line,
      open: next === undefined,
    });
  });
  const blocked = (trace.blocked ?? []).filter((b) => b.task === null);
  return carveBlocked(out, blocked, { total });
}

/**
 * Whether the run gets a top-level lane: when code outside tasks printed, blocked, or was all
 * there was (a program without tasks).
 */
export function wantsTopLevel(trace: Trace): boolean {
  return (
    trace.prints.some((p) => p.task === null) ||
    (trace.blocked ?? []).some((b) => b.task === null) ||
    (trace.tasks.length === 0 && (trace.toplevel ?? []).some((s) => s.end > s.start))
  );
}

/**
 * How the top level ended. The trace closes its last span the same way however the program ended
 * (`program_ended` in tracer.py: by itself, or by a Stop or a limit cutting it short), so the
 * run's limit says which it was: a Stop ended the program, not the program itself.
 */
function topLevelEnding(
  end: number | null,
  limit: Ending["limit"],
): Pick<Lane, "mark" | "outcomeText"> {
  if (end === null) return { mark: null, outcomeText: "" };
  if (limit?.kind === "stopped") return { mark: "stopped", outcomeText: LIMITS.stopped };
  if (limit) return { mark: null, outcomeText: LIMITS[limit.kind] };
  return { mark: null, outcomeText: "the program ended" };
}

export function topLevelLane(trace: Trace, opts: Options & Ending): Lane {
  const segments = topLevelSegments(trace, opts);
  const spans = trace.toplevel ?? [];
  const last = spans[spans.length - 1];
  // The program's last span: the one that ended it (by itself, or stopped by a Stop or a limit).
  const end = last && last.then === null ? Math.min(last.end, opts.end) : null;
  const x = (t: number) => (opts.total > 0 ? t / opts.total : 0);
  return {
    index: 0,
    taskId: null,
    label: "top level",
    name: "code outside any task",
    kind: "toplevel",
    parentId: null,
    created: 0,
    createdLine: null,
    end,
    // The top level ends with the program.
    endsWithRun: true,
    outcome: { kind: "pending" },
    ...topLevelEnding(end, opts.limit),
    x0: 0,
    x1: x(opts.end),
    segments,
    prints: [],
  };
}
