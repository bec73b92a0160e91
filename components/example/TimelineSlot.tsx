"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { RunResult } from "@/lib/runtime/trace";

// The timeline is drawn only after a run: it stays out of the page's first JavaScript.
const Timeline = dynamic(() => import("@/components/timeline/Timeline"), {
  ssr: false,
  loading: () => null,
});

export interface TimelineSlotProps {
  /** The latest run (its whole trace, also while its output is still replaying). */
  result: RunResult | null;
  /** The replay clock, in virtual seconds. */
  now: number | null;
  onSeek(t: number): void;
  /** The editor line to highlight for the playhead or a clicked bar. */
  onLineFocus(line: number | null): void;
  /** Index into `result.output` of the print to highlight (hovered in the output pane). */
  highlightPrint?: number | null;
  /** A print marker was hovered (its first index into `result.output`) or left (null). */
  onHoverPrint?: (index: number | null) => void;
}

/** The run's timeline under the output, with a pinned earlier run to compare against. */
export function TimelineSlot({
  result,
  now,
  onSeek,
  onLineFocus,
  highlightPrint = null,
  onHoverPrint,
}: TimelineSlotProps) {
  const [pinned, setPinned] = useState<RunResult | null>(null);
  if (!result) return null;
  const isPinned = pinned === result;
  return (
    <div className="mt-3">
      <Timeline
        result={result}
        now={now}
        onSeek={onSeek}
        onLineFocus={onLineFocus}
        highlightPrint={highlightPrint}
        onHoverPrint={onHoverPrint}
        compare={isPinned ? null : pinned}
      />
      <div className="mt-2 flex flex-wrap gap-3 text-xs">
        <button
          type="button"
          onClick={() => setPinned(result)}
          disabled={isPinned}
          className="font-medium text-indigo-700 underline-offset-2 hover:underline disabled:text-zinc-500 disabled:no-underline dark:text-indigo-300 dark:disabled:text-zinc-400"
        >
          {isPinned
            ? "This run is pinned: change the code and run again to compare"
            : "Pin this run to compare"}
        </button>
        {pinned && !isPinned && (
          <button
            type="button"
            onClick={() => setPinned(null)}
            className="font-medium text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400"
          >
            Unpin
          </button>
        )}
      </div>
    </div>
  );
}
