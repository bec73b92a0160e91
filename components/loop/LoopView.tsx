"use client";

import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from "react";
import {
  boundaryAtTime,
  fromFlat,
  loopStateAt,
  positionIndex,
  printPositions,
  timeAt,
  toFlat,
  type GraphNode,
  type LoopState,
  type TaskLine,
} from "@/lib/loop/state";
import type { LoopTrace, RunResult } from "@/lib/runtime/trace";

export interface LoopViewProps {
  result: RunResult;
  /** The replay clock (the timeline's playhead), in virtual seconds; null = at the end. */
  now: number | null;
  /** Moves the timeline's playhead (a step does). */
  onSeek(t: number): void;
  /** Where each task stands in the code, for the editor; null = show none. */
  onTaskLines?(lines: TaskLine[] | null): void;
}

/** "2.0 s", "0.25 s": virtual times as the lessons write them. */
export function seconds(t: number): string {
  return Number.isInteger(Math.round(t * 1e6) / 1e5)
    ? `${t.toFixed(1)} s`
    : `${Number(t.toFixed(3))} s`;
}

const button =
  "rounded-md border border-zinc-300 px-2 py-1 text-xs font-medium hover:bg-zinc-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800";
const heading = "text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400";
const empty = "text-xs text-zinc-600 italic dark:text-zinc-400";

function More({ count }: { count: number }) {
  if (count <= 0) return null;
  return <li className={empty}>and {count.toLocaleString("en-US")} more</li>;
}

function GraphTree({
  nodes,
  total,
  depth = 0,
}: {
  nodes: GraphNode[];
  total: number;
  depth?: number;
}) {
  if (total === 0) return null;
  return (
    <ul className={depth ? "ml-3 border-l border-zinc-300 pl-2 dark:border-zinc-700" : ""}>
      {nodes.map((node) => (
        <li key={node.task} className="py-0.5">
          <span className="font-mono">{node.label}</span>
          {node.stack && (
            <span className="font-mono text-zinc-600 dark:text-zinc-400">
              {" "}
              →{" "}
              {node.stack
                .slice(1)
                .map((name) => `${name}()`)
                .join(" → ")}
            </span>
          )}{" "}
          {node.state === "waiting" ? (
            <span className="text-zinc-600 dark:text-zinc-400">
              awaits <span className="font-mono">{node.awaits}</span>
            </span>
          ) : (
            <span className="text-emerald-800 dark:text-emerald-300">{node.state}</span>
          )}
          <GraphTree nodes={node.children} total={node.childCount} depth={depth + 1} />
        </li>
      ))}
      <More count={total - nodes.length} />
    </ul>
  );
}

const count = (n: number) => n.toLocaleString("en-US");
/** "1 callback", "20,000 callbacks". */
const counted = (n: number, what: string) => `${count(n)} ${what}${n === 1 ? "" : "s"}`;

/** Past `LOOP_DETAIL_HANDLES` callbacks the trace keeps counts only (lib/runtime/trace.ts): says
 * so at every position, and what the iteration at the playhead ran when it is one of those. */
function LargeProgram({ loop, summary }: { loop: LoopTrace; summary: LoopState["summary"] }) {
  const detail = loop.detail ?? 0;
  const { callbacks, recorded } = useMemo(() => {
    let callbacks = 0;
    let recorded = 0;
    for (const it of loop.iterations) {
      callbacks += it.count;
      recorded += it.handles.length;
    }
    return { callbacks, recorded };
  }, [loop]);
  return (
    <div
      className="mx-3 mb-2 rounded border border-amber-400 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-500 dark:bg-amber-950/50 dark:text-amber-200"
      data-loop="large"
    >
      <p>
        <strong>Large program:</strong> the loop ran {counted(callbacks, "callback")} in{" "}
        {counted(loop.iterations.length, "iteration")}.{" "}
        {detail === 0
          ? "No iteration is"
          : detail === 1
            ? `Only the first iteration (${counted(recorded, "callback")}) is`
            : `Only the first ${count(detail)} iterations (${counted(recorded, "callback")}) are`}{" "}
        recorded one by one, as a run records at most {count(loop.detailLimit)}; later iterations
        keep only their time and counts, so their ready queue and new timers are not shown (waiting
        tasks and the await graph still are).
      </p>
      {summary && (
        <p className="mt-1">
          The next iteration runs {counted(summary.ran, "callback")}
          {summary.fired ? `, ${count(summary.fired)} of them timers` : ""}.
        </p>
      )}
    </div>
  );
}

/** One sentence for screen readers after a step. */
function sentence(s: LoopState): string {
  const where =
    s.position.handle === null
      ? s.position.iteration >= s.iterations
        ? "After the last loop iteration"
        : `Before loop iteration ${s.position.iteration + 1} of ${s.iterations}`
      : `Iteration ${s.position.iteration + 1}, running ${s.running?.text}`;
  return `${where}, at ${seconds(s.t)}: ${s.readyCount} ready, ${s.timerCount} timers, ${s.waitingCount} waiting.`;
}

const NARROW = "(max-width: 639px)";
const isNarrow = () => window.matchMedia(NARROW).matches;
const onNarrowChange = (changed: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", changed);
  return () => query.removeEventListener("change", changed);
};

/**
 * The "Event loop" region: what the loop is running, its ready queue, its timers, the waiting
 * tasks and the await graph at the timeline's playhead, with a step mode that walks the run one
 * loop iteration (or one callback) at a time.
 */
export default function LoopView({ result, now, onSeek, onTaskLines }: LoopViewProps) {
  const loop = result.trace.loop;
  const id = useId();
  const narrow = useSyncExternalStore(onNarrowChange, isNarrow, () => null);
  const [choice, setOpen] = useState<boolean | null>(null);
  const shown = choice ?? (narrow === null ? null : !narrow);
  const open = shown ?? false;
  // Where the reader stepped to, and the playhead time that step set: kept while the playhead
  // stays there (many positions share one instant), dropped when the playhead moves elsewhere.
  const [own, setOwn] = useState<{ flat: number; t: number } | null>(null);
  const [said, setSaid] = useState("");
  const starts = useMemo(() => (loop ? positionIndex(loop) : []), [loop]);
  const last = starts.at(-1) ?? 0;
  const end = result.trace.end;
  const t = now ?? end;
  const followed = useMemo(
    () => (loop ? toFlat(starts, boundaryAtTime(loop, t)) : 0),
    [loop, starts, t],
  );
  const flat = own && Math.abs(own.t - t) < 1e-9 ? own.flat : followed;
  const stepping = own !== null && flat === own.flat;
  const state = useMemo(
    () => (loop ? loopStateAt(result.trace, fromFlat(starts, flat)) : null),
    [loop, result.trace, starts, flat],
  );
  const prints = useMemo(() => printPositions(result.trace, starts), [result.trace, starts]);

  useEffect(() => {
    onTaskLines?.(open && stepping && state ? state.lines : null);
  }, [onTaskLines, open, stepping, state]);
  useEffect(() => () => onTaskLines?.(null), [onTaskLines]);

  const go = useCallback(
    (next: number) => {
      if (!loop) return;
      const target = Math.max(0, Math.min(last, next));
      const pos = fromFlat(starts, target);
      const tt = timeAt(loop, pos);
      setOwn({ flat: target, t: tt });
      setSaid(sentence(loopStateAt(result.trace, pos)!));
      onSeek(tt);
    },
    [loop, last, starts, result.trace, onSeek],
  );
  const boundary = useCallback(
    (dir: 1 | -1) => {
      const pos = fromFlat(starts, flat);
      const p =
        dir > 0 ? pos.iteration + 1 : pos.handle === null ? pos.iteration - 1 : pos.iteration;
      go(starts[Math.max(0, Math.min(starts.length - 1, p))]!);
    },
    [starts, flat, go],
  );
  const actions = {
    back: () => boundary(-1),
    forward: () => boundary(1),
    stepBack: () => go(flat - 1),
    step: () => go(flat + 1),
    print: () => go(prints.find((p) => p > flat) ?? last),
    start: () => go(0),
    end: () => go(last),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const map: Record<string, () => void> = {
      ArrowRight: event.shiftKey ? actions.step : actions.forward,
      ArrowLeft: event.shiftKey ? actions.stepBack : actions.back,
      Home: actions.start,
      End: actions.end,
      p: actions.print,
    };
    const action = map[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  const titleId = `${id}-title`;
  return (
    <section
      aria-labelledby={titleId}
      className="not-prose mt-3 rounded-lg border border-zinc-200 text-zinc-900 dark:border-zinc-800 dark:text-zinc-100"
      data-loop-view
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 px-3 py-2">
        <span id={titleId} className="text-sm font-semibold">
          Event loop
        </span>
        {state && (
          <span className="min-w-0 flex-1 basis-48 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
            {state.position.iteration >= state.iterations
              ? `after the last of ${state.iterations} iterations`
              : `iteration ${state.position.iteration + 1} of ${state.iterations}`}{" "}
            · {seconds(state.t)}
          </span>
        )}
        <button
          type="button"
          className="ml-auto text-xs font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
          aria-expanded={shown ?? true}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {shown === null ? (
            <>
              <span className="max-sm:hidden">Hide</span>
              <span className="sm:hidden">Show</span>
            </>
          ) : shown ? (
            "Hide"
          ) : (
            "Show"
          )}
        </button>
      </div>
      <div
        id={`${id}-body`}
        hidden={shown === false}
        className={`border-t border-zinc-200 dark:border-zinc-800 ${shown === null ? "max-sm:hidden" : ""}`}
      >
        {!loop || !state ? (
          <p className={`${empty} px-3 py-3`}>This run did not record its event loop.</p>
        ) : (
          <>
            <div
              role="toolbar"
              aria-label="Step the event loop"
              aria-describedby={`${id}-keys`}
              onKeyDown={onKeyDown}
              className="flex flex-wrap items-center gap-1.5 px-3 py-2"
            >
              <button
                type="button"
                className={button}
                onClick={actions.start}
                aria-disabled={flat === 0}
              >
                ⇤ Start
              </button>
              <button
                type="button"
                className={button}
                onClick={actions.back}
                aria-disabled={flat === 0}
              >
                ← Iteration
              </button>
              <button
                type="button"
                className={button}
                onClick={actions.stepBack}
                aria-disabled={flat === 0}
              >
                ‹ Callback
              </button>
              <button
                type="button"
                className={button}
                onClick={actions.step}
                aria-disabled={flat >= last}
              >
                Callback ›
              </button>
              <button
                type="button"
                className={button}
                onClick={actions.forward}
                aria-disabled={flat >= last}
              >
                Iteration →
              </button>
              <button
                type="button"
                className={button}
                onClick={actions.print}
                aria-disabled={flat >= last}
              >
                Next print
              </button>
              <button
                type="button"
                className={button}
                onClick={actions.end}
                aria-disabled={flat >= last}
              >
                End ⇥
              </button>
              <span
                id={`${id}-keys`}
                className="basis-full text-xs text-zinc-600 dark:text-zinc-400"
              >
                Keys here: ← → one iteration, Shift+← → one callback, P next print, Home, End.
              </span>
            </div>
            <p aria-live="polite" className="sr-only">
              {said}
            </p>
            {loop.detail !== null && <LargeProgram loop={loop} summary={state.summary} />}
            <div className="grid gap-x-4 gap-y-3 px-3 pb-3 text-xs sm:grid-cols-2 lg:grid-cols-3">
              <div>
                <p className={heading}>Running</p>
                <p className="mt-1" data-loop="running">
                  {state.running ? (
                    <>
                      <span className="font-mono">{state.running.text}</span>
                      {state.running.line !== null && (
                        <span className="text-zinc-600 dark:text-zinc-400">
                          {" "}
                          (line {state.running.line})
                        </span>
                      )}
                    </>
                  ) : (
                    <span className={empty}>
                      {state.position.iteration >= state.iterations
                        ? "Nothing: the loop has stopped."
                        : "Nothing: between two iterations."}
                    </span>
                  )}
                </p>
                <p className={`${heading} mt-3`} id={`${id}-ready`}>
                  Ready queue
                </p>
                {state.ready.length === 0 ? (
                  <p className={`${empty} mt-1`}>Empty.</p>
                ) : (
                  <ol
                    aria-labelledby={`${id}-ready`}
                    className="mt-1 list-decimal pl-5"
                    data-loop="ready"
                  >
                    {state.ready.map((entry, k) => (
                      <li key={k} className="py-0.5">
                        <span className="font-mono">{entry.text}</span>
                        {entry.source === "timer" && (
                          <span className="text-zinc-600 dark:text-zinc-400"> (timer due)</span>
                        )}
                        {entry.source === "next" && (
                          <span className="text-zinc-600 dark:text-zinc-400">
                            {" "}
                            (next iteration)
                          </span>
                        )}
                      </li>
                    ))}
                    <More count={state.readyCount - state.ready.length} />
                  </ol>
                )}
              </div>
              <div>
                <p className={heading} id={`${id}-timers`}>
                  Timers
                </p>
                {state.timers.length === 0 ? (
                  <p className={`${empty} mt-1`}>None scheduled.</p>
                ) : (
                  <ol aria-labelledby={`${id}-timers`} className="mt-1" data-loop="timers">
                    {state.timers.map((timer, k) => (
                      <li key={k} className="py-0.5">
                        <span className="font-semibold tabular-nums">at {seconds(timer.due)}</span>{" "}
                        <span className="font-mono">{timer.text}</span>
                      </li>
                    ))}
                    <More count={state.timerCount - state.timers.length} />
                  </ol>
                )}
                <p className={`${heading} mt-3`} id={`${id}-waiting`}>
                  Waiting tasks
                </p>
                {state.waiting.length === 0 ? (
                  <p className={`${empty} mt-1`}>None.</p>
                ) : (
                  <ul aria-labelledby={`${id}-waiting`} className="mt-1" data-loop="waiting">
                    {state.waiting.map((w) => (
                      <li key={w.task} className="py-0.5">
                        <span className="font-mono">{w.label}</span>{" "}
                        <span className="text-zinc-600 dark:text-zinc-400">
                          waits on <span className="font-mono">{w.waitsOn}</span>
                          {w.line !== null ? ` (line ${w.line})` : ""}
                        </span>
                      </li>
                    ))}
                    <More count={state.waitingCount - state.waiting.length} />
                  </ul>
                )}
              </div>
              <div className="sm:col-span-2 lg:col-span-1">
                <p className={heading}>Await graph</p>
                {state.graph.length === 0 ? (
                  <p className={`${empty} mt-1`}>No task is alive.</p>
                ) : (
                  <div className="mt-1" data-loop="graph">
                    <GraphTree nodes={state.graph} total={state.graphRoots} />
                  </div>
                )}
              </div>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
