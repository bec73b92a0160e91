"use client";

import { useState } from "react";
import { OutputView } from "@/components/runtime/OutputView";
import type { RunState } from "@/components/runtime/usePythonRuntime";
import type { RunOutcome } from "@/lib/runtime/client";
import type { OutputPart, RunResult } from "@/lib/runtime/trace";
import { LoopSlot } from "@/components/loop/LoopSlot";
import type { TaskLine } from "@/lib/loop/state";
import { TimelineSlot } from "./TimelineSlot";

interface Props {
  /** Output replayed so far. */
  parts: OutputPart[];
  outcome: RunOutcome | null;
  state: RunState;
  /** The whole run, for the timeline (drawn at once; its playhead follows `now`). */
  result: RunResult | null;
  now: number | null;
  onSeek(t: number): void;
  onLineFocus(line: number | null): void;
  /** Where each task stands while the reader steps through the event loop (editor marks). */
  onTaskLines?(lines: TaskLine[] | null): void;
  placeholder?: string;
  outputClassName?: string;
}

/**
 * A run's output and its timeline, used by every live example and the playground. The print a
 * reader hovers is lit in both, so that state lives here rather than in each host.
 */
export function RunResults({
  parts,
  outcome,
  state,
  result,
  now,
  onSeek,
  onLineFocus,
  onTaskLines,
  placeholder,
  outputClassName,
}: Props) {
  const [litPrint, setLitPrint] = useState<number | null>(null);
  return (
    <>
      <OutputView
        parts={parts}
        outcome={outcome}
        state={state}
        placeholder={placeholder}
        className={outputClassName}
        highlightPart={litPrint}
        onHoverPart={setLitPrint}
      />
      <TimelineSlot
        result={result}
        now={now}
        onSeek={onSeek}
        onLineFocus={onLineFocus}
        highlightPrint={litPrint}
        onHoverPrint={setLitPrint}
      />
      <LoopSlot result={result} now={now} onSeek={onSeek} onTaskLines={onTaskLines} />
    </>
  );
}
