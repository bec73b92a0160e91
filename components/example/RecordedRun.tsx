"use client";

import { useEffect, useMemo, useState } from "react";
import { LoopSlot } from "@/components/loop/LoopSlot";
import { OutputView } from "@/components/runtime/OutputView";
import { Timeline } from "@/components/timeline/Timeline";
import type { Varies } from "@/lib/recorded/format";
import { clockNow, startClock, visibleCount, withEnd, type ReplayClock } from "@/lib/replay/clock";
import type { RunResult } from "@/lib/runtime/trace";

export interface RecordedRunProps {
  /** The recorded run (expanded on the server: no schema code in the browser). */
  result: RunResult;
  varies: Varies | null;
  /** The editor line to highlight for the playhead or a clicked bar. */
  onLineFocus?: (line: number | null) => void;
}

/**
 * A run recorded at build time, shown before Python has loaded: its output and its timeline, both
 * readable in the static HTML. Once this part's code is here (lazyWhenNear) the timeline works as
 * after a live run: playhead, table, and a replay in virtual time.
 */
export function RecordedRun({ result, varies, onLineFocus }: RecordedRunProps) {
  const [clock, setClock] = useState<ReplayClock | null>(null);
  // Null = the run's end (everything shown); a number = the playhead the reader placed or replayed to.
  const [now, setNow] = useState<number | null>(null);
  const [litPrint, setLitPrint] = useState<number | null>(null);
  const varying = useMemo(() => new Set(varies?.parts ?? []), [varies]);

  useEffect(() => {
    if (!clock) return;
    let frame = 0;
    const tick = () => {
      const t = clockNow(clock, performance.now());
      if (t >= result.elapsed) {
        setNow(null);
        setClock(null);
        return;
      }
      setNow(t);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [clock, result.elapsed]);

  const parts = useMemo(
    () => (now === null ? result.output : result.output.slice(0, visibleCount(result.output, now))),
    [now, result.output],
  );
  const outcome = now === null ? ({ status: "finished", result } as const) : null;

  return (
    <div className="recorded-run" data-recorded-run="">
      {varies && (
        <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400" data-recorded-varies="">
          {variesNote(varies)}
        </p>
      )}
      <OutputView
        parts={parts}
        outcome={outcome}
        state={clock ? "running" : "idle"}
        className="max-h-80"
        highlightPart={litPrint}
        onHoverPart={setLitPrint}
        varyingParts={varying}
      />
      <div className="mt-3">
        <Timeline
          result={result}
          now={now}
          onSeek={(t) => {
            setClock(null);
            setNow(t);
          }}
          onLineFocus={onLineFocus}
          highlightPrint={litPrint}
          onHoverPrint={setLitPrint}
        />
      </div>
      {/* The event loop, stepped through the recorded run: a reader can walk it before Python is here. */}
      <LoopSlot
        result={result}
        now={now}
        onSeek={(t) => {
          setClock(null);
          setNow(t);
        }}
      />
      <button
        type="button"
        onClick={() => {
          setNow(0);
          setClock(withEnd(startClock(performance.now(), 1), result.elapsed));
        }}
        className="mt-2 text-xs font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
      >
        {clock ? "Replaying the recording…" : "Replay the recording in virtual time"}
      </button>
    </div>
  );
}

/** Says what in this recording differs from run to run, and why. */
function variesNote(varies: Varies): string {
  const marked = varies.parts.length > 0 ? " Values underlined with dots vary too." : "";
  if (varies.computing) {
    return `Times vary from run to run: some of this program's steps compute long enough to count on the clock, and how long they take depends on the machine.${marked}`;
  }
  if (varies.trace) {
    return `The timeline varies from run to run: the program keeps tasks or coroutines in a set, whose order is not fixed.${marked}`;
  }
  return "Values underlined with dots vary from run to run (an object's address, say).";
}
