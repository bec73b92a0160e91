"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { RunResult } from "@/lib/runtime/trace";
import { focusLine, formatMoment, stateAt, type TimelineLayout } from "@/lib/timeline";
import { THEME_VARS } from "./palette";
import { TimelineChart } from "./TimelineChart";
import { TimelineLegend } from "./TimelineLegend";
import { TimelineTable } from "./TimelineTable";
import { useLayout } from "./useLayout";

export interface TimelineProps {
  /** The run to draw; null = nothing run yet. */
  result: RunResult | null;
  /** Replay clock in virtual seconds (the playhead); null = at the end. */
  now?: number | null;
  /** The reader dragged the playhead or clicked a bar. */
  onSeek?: (t: number) => void;
  /** The editor line to highlight for the playhead position (null = none). */
  onLineFocus?: (line: number | null) => void;
  /** A pinned earlier run, drawn on the same time axis. */
  compare?: RunResult | null;
  /** Index into `result.output` of the print to highlight. */
  highlightPrint?: number | null;
  onHoverPrint?: (index: number | null) => void;
  /** Which view shows first. */
  initialView?: "chart" | "table";
}

type View = "chart" | "table";

const toggle =
  "px-2.5 py-1 text-xs font-medium aria-pressed:bg-zinc-900 aria-pressed:text-white dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900 hover:bg-zinc-100 dark:hover:bg-zinc-800 aria-pressed:hover:bg-zinc-900 dark:aria-pressed:hover:bg-zinc-100";

/**
 * What each task of a run did over virtual time: a chart (lanes, playhead, prints, links) or, for
 * reading aloud and copying, a table. The layout is `layoutTimeline`'s; this only draws it.
 */
export function Timeline({
  result,
  now = null,
  onSeek,
  onLineFocus,
  compare = null,
  highlightPrint = null,
  onHoverPrint,
  initialView = "chart",
}: TimelineProps) {
  const [view, setView] = useState<View>(initialView);
  const summaryId = useId();
  const total = Math.max(result?.trace.end ?? 0, compare?.trace.end ?? 0);
  const layout = useLayout(result, total);
  const compareLayout = useLayout(compare, total);

  // A seek holds the playhead until the replay clock moves again (or the run changes); a picked
  // lane holds until the run changes.
  const [seek, setSeek] = useState<{
    t: number;
    now: number | null;
    layout: TimelineLayout;
  } | null>(null);
  const [picked, setPicked] = useState<{ lane: number; layout: TimelineLayout } | null>(null);
  const seeking = seek !== null && seek.layout === layout && seek.now === now;
  const pickedLane = picked !== null && picked.layout === layout ? picked.lane : null;
  const end = layout?.end ?? 0;
  const t = Math.min(layout?.total ?? 0, Math.max(0, seeking ? seek.t : (now ?? end)));
  // A replay clock standing at the run's end means "the run is over", not a moment to point at.
  // (The replay ends at `elapsed`, a hair before the trace's end, which includes clean-up.)
  const over = Math.min(end, result?.elapsed ?? end) - 1e-9;
  const placed = seeking || (now !== null && now < over);

  const handleSeek = useCallback(
    (time: number, lane?: number | null) => {
      if (!layout) return;
      setSeek({ t: time, now, layout });
      if (lane !== undefined) setPicked(lane === null ? null : { lane, layout });
      onSeek?.(time);
    },
    [layout, now, onSeek],
  );

  const line = layout && (placed || pickedLane !== null) ? focusLine(layout, t, pickedLane) : null;
  const sent = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    if (sent.current === line) return;
    sent.current = line;
    onLineFocus?.(line);
  }, [line, onLineFocus]);

  const counts = useMemo(() => {
    if (!layout) return null;
    const c = { running: 0, waiting: 0, ready: 0, blocked: 0 };
    for (const s of stateAt(layout, t)) {
      if (s.state !== "done" && s.state !== "not-created") c[s.state]++;
    }
    return c;
  }, [layout, t]);

  return (
    <figure
      aria-label="Timeline"
      aria-describedby={layout ? summaryId : undefined}
      className={`${THEME_VARS} not-prose rounded-lg border border-zinc-200 bg-[var(--tl-surface)] text-zinc-900 dark:border-zinc-800 dark:text-zinc-100`}
      data-timeline=""
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <span className="text-sm font-semibold">Timeline</span>
        {layout ? (
          <p
            className="min-w-0 flex-1 basis-48 text-xs text-zinc-600 dark:text-zinc-400"
            id={summaryId}
            data-testid="timeline-summary"
          >
            {layout.summary}
          </p>
        ) : (
          <span className="flex-1" />
        )}
        {layout ? (
          <div
            role="group"
            aria-label="Timeline view"
            className="flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700"
          >
            <button
              type="button"
              aria-pressed={view === "chart"}
              onClick={() => setView("chart")}
              className={toggle}
            >
              Chart
            </button>
            <button
              type="button"
              aria-pressed={view === "table"}
              onClick={() => setView("table")}
              className={toggle}
            >
              Table
            </button>
          </div>
        ) : null}
      </div>

      {!layout ? (
        <p className="px-3 py-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
          No run to show yet. When a run finishes, its timeline appears here: when each task ran,
          waited and printed.
        </p>
      ) : view === "chart" ? (
        <TimelineChart
          layout={layout}
          compare={compareLayout}
          t={t}
          placed={placed}
          pickedLane={pickedLane}
          highlightPrint={highlightPrint}
          onSeek={handleSeek}
          onHoverPrint={onHoverPrint}
        />
      ) : (
        <div>
          <TimelineTable layout={layout} name="Timeline" />
          {compareLayout ? (
            <>
              <p className="border-t border-zinc-200 px-3 pt-2 text-xs font-semibold dark:border-zinc-800">
                Pinned run · {compareLayout.summary}
              </p>
              <TimelineTable layout={compareLayout} name="Timeline of the pinned run" />
            </>
          ) : null}
        </div>
      )}

      <div className="flex flex-col gap-1.5 border-t border-zinc-200 px-3 py-2 dark:border-zinc-800">
        {layout && counts && view === "chart" ? (
          <p
            className="text-xs text-zinc-700 tabular-nums dark:text-zinc-300"
            data-testid="timeline-status"
          >
            {placed || pickedLane !== null
              ? `At ${formatMoment(t, layout.total)}: ${counts.running} running, ${counts.waiting} waiting, ${counts.ready} ready${counts.blocked ? `, ${counts.blocked} blocked` : ""}${line !== null ? ` · line ${line}` : ""}`
              : `End of the run (${formatMoment(layout.end, layout.total)}). Drag the playhead or click the chart to see any moment.`}
          </p>
        ) : null}
        <TimelineLegend />
      </div>
    </figure>
  );
}

export default Timeline;
