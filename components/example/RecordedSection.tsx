"use client";

import type { ShownRecording } from "@/lib/recorded/load";
import { RecordedRunWhenNear } from "./RecordedRunWhenNear";

export interface RecordedSectionProps {
  recorded: ShownRecording;
  edited: boolean;
  predict: boolean;
  loadFailed: boolean;
  onLineFocus(line: number | null): void;
  /** The frame's border and padding (the playground has its own). */
  className?: string;
}

/**
 * The recorded run under an example, until the reader runs it. Folded behind its label when the
 * reader edited the code (it is the original code's run, never the edit's) or when the prose asks
 * them to predict the output first. A native `<details>`: it opens and closes without JavaScript.
 */
export function RecordedSection({
  recorded,
  edited,
  predict,
  loadFailed,
  onLineFocus,
  className = "border-t border-zinc-200 p-3 dark:border-zinc-800",
}: RecordedSectionProps) {
  const state = edited ? "original" : predict ? "predict" : "shown";
  const label = edited
    ? "Recorded run of the lesson's code, not of your edit: press Run to run yours"
    : predict
      ? "Predict what it prints, then show the recorded run"
      : loadFailed
        ? "Recorded run: Python could not load on this page, so this is what the program prints"
        : "Recorded run: press Run to run it yourself";
  return (
    <details
      open={state === "shown"}
      data-recorded-state={state}
      className={`example-results ${className} ${edited ? "opacity-60" : ""}`}
    >
      <summary className="mb-2 cursor-pointer text-xs font-semibold text-zinc-600 dark:text-zinc-400">
        {label}
      </summary>
      <RecordedRunWhenNear
        result={recorded.result}
        varies={recorded.varies}
        onLineFocus={onLineFocus}
      />
    </details>
  );
}
