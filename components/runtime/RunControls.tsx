"use client";

import type { LoadProgress } from "@/lib/runtime/protocol";
import type { RunState } from "./usePythonRuntime";

interface Props {
  progress: LoadProgress;
  state: RunState;
  onRun(): void;
  onStop(): void;
}

const PHASE_LABEL: Record<LoadProgress["phase"], string> = {
  fetching: "Downloading Python",
  starting: "Starting Python",
  installing: "Starting Python",
  ready: "Run",
};

/**
 * Run and Stop. Before Python is ready the Run button shows loading progress; pressing it then
 * queues the run, which starts as soon as Python is ready.
 */
export function RunControls({ progress, state, onRun, onStop }: Props) {
  const ready = progress.phase === "ready";
  const percent = Math.round(progress.fraction * 100);
  const busy = state !== "idle";
  const label = ready
    ? state === "idle"
      ? "Run"
      : "Running…"
    : `${state === "waiting" ? "Runs when ready" : PHASE_LABEL[progress.phase]}… ${percent}%`;

  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        onClick={onRun}
        disabled={busy}
        aria-busy={!ready}
        className="relative overflow-hidden rounded-md bg-emerald-700 px-4 py-1.5 font-semibold text-white shadow-sm hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 disabled:cursor-default disabled:opacity-80 dark:bg-emerald-600 dark:hover:bg-emerald-500"
      >
        {!ready && (
          <span
            aria-hidden
            className="absolute inset-y-0 left-0 bg-white/20 transition-[width]"
            style={{ width: `${percent}%` }}
          />
        )}
        <span className="relative">{label}</span>
      </button>
      <button
        type="button"
        onClick={onStop}
        disabled={!busy}
        title={state === "stopping" ? "Press again to stop at once" : undefined}
        className="rounded-md border border-zinc-400 px-4 py-1.5 font-semibold text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-zinc-500 disabled:opacity-50 disabled:hover:bg-transparent dark:border-zinc-500 dark:text-zinc-100 dark:hover:bg-zinc-800"
      >
        {state === "stopping" ? "Stopping…" : "Stop"}
      </button>
    </div>
  );
}
