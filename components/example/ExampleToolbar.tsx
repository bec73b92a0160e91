"use client";

import { useId } from "react";
import type { RunState } from "@/components/runtime/usePythonRuntime";
import { REPLAY_SPEEDS, type ReplaySpeed } from "@/lib/replay/clock";
import type { LoadProgress } from "@/lib/runtime/protocol";

interface Props {
  progress: LoadProgress;
  state: RunState;
  /** The code differs from its original: Reset is offered. */
  edited: boolean;
  replaying: boolean;
  /** The reader's setting (it changes only when they press it). */
  speed: ReplaySpeed;
  /** Why this run replays faster than the setting, shown beside the control; null = it does not. */
  speedNote?: string | null;
  /** Announced politely when it changes (the end of a run). */
  status: string;
  onRun(): void;
  /** Stops the program; during the replay of a finished run, shows the rest at once. */
  onStop(): void;
  onReset(): void;
  onSpeed(speed: ReplaySpeed): void;
  onSkip(): void;
  /** Python could not load on this page (after a retry): said instead of the loading note. */
  loadFailed?: boolean;
}

const PHASE: Record<LoadProgress["phase"], string> = {
  fetching: "Downloading Python",
  starting: "Starting Python",
  installing: "Starting Python",
  ready: "",
};

const speedLabel = (speed: ReplaySpeed) => (speed === "instant" ? "Instant" : `${speed}×`);

const button =
  "rounded-md px-3 py-1 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-default";

/** Run / Stop / Reset, the replay speed and the run's one-line status. */
export function ExampleToolbar({
  progress,
  state,
  edited,
  replaying,
  speed,
  speedNote = null,
  status,
  onRun,
  onStop,
  onReset,
  onSpeed,
  onSkip,
  loadFailed = false,
}: Props) {
  const noteId = useId();
  const ready = progress.phase === "ready";
  const percent = Math.round(progress.fraction * 100);
  // The replay is part of the run as the reader sees it: Run comes back when the output is all there.
  const running = state === "running" || state === "stopping" || replaying;
  const loadingNote = loadFailed
    ? "Python could not load: reload the page to try again"
    : state === "waiting"
      ? `Runs when Python is ready… ${percent}%`
      : ready
        ? ""
        : `${PHASE[progress.phase]}… ${percent}%`;

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-center gap-2">
        <button
          type="button"
          onClick={onRun}
          disabled={running || state === "waiting"}
          data-python={ready ? "ready" : "loading"}
          className={`${button} relative overflow-hidden bg-emerald-700 text-white shadow-sm hover:bg-emerald-800 focus-visible:outline-emerald-600 disabled:opacity-70 dark:bg-emerald-700 dark:hover:bg-emerald-800`}
        >
          {!ready && (
            <span
              aria-hidden
              className="absolute inset-y-0 left-0 bg-black/25 transition-[width]"
              style={{ width: `${percent}%` }}
            />
          )}
          <span className="relative">Run</span>
        </button>
        <button
          type="button"
          onClick={onStop}
          disabled={!running && state !== "waiting"}
          title={state === "stopping" ? "Press again to stop at once" : undefined}
          className={`${button} border border-zinc-400 text-zinc-800 hover:bg-zinc-100 focus-visible:outline-zinc-500 disabled:opacity-40 disabled:hover:bg-transparent dark:border-zinc-500 dark:text-zinc-100 dark:hover:bg-zinc-800`}
        >
          {state === "stopping" ? "Stopping…" : "Stop"}
        </button>
        {edited && (
          <button
            type="button"
            onClick={onReset}
            title="Back to the lesson's code"
            className={`${button} text-zinc-700 underline-offset-2 hover:underline focus-visible:outline-zinc-500 dark:text-zinc-300`}
          >
            Reset
          </button>
        )}
      </div>
      {loadingNote && (
        <span
          // On a phone the note takes a row of its own, and that row going away when Python is
          // ready would move the lesson under the reader. There the Run button's fill shows the
          // progress; only a note the reader caused (a queued run) or must act on (a failure)
          // is shown.
          className={`text-xs text-zinc-600 dark:text-zinc-400 ${state === "waiting" || loadFailed ? "" : "max-sm:sr-only"}`}
          aria-live="off"
        >
          {loadingNote}
        </span>
      )}
      <div className="ml-auto flex flex-wrap items-center justify-end gap-x-2 gap-y-1">
        {speedNote && (
          <span
            id={noteId}
            className="text-xs text-zinc-600 dark:text-zinc-400"
            data-testid="replay-speed-note"
          >
            {speedNote}
          </span>
        )}
        <div
          role="group"
          aria-label="Replay speed"
          aria-describedby={speedNote ? noteId : undefined}
          className="flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700"
        >
          {REPLAY_SPEEDS.map((option) => (
            <button
              key={String(option)}
              type="button"
              aria-pressed={speed === option}
              onClick={() => onSpeed(option)}
              className="px-2 py-0.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 aria-pressed:bg-zinc-800 aria-pressed:text-white dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-zinc-200 dark:aria-pressed:text-zinc-900"
            >
              {speedLabel(option)}
            </button>
          ))}
        </div>
        <button
          type="button"
          onClick={onSkip}
          disabled={!replaying}
          className="text-xs font-medium text-indigo-700 underline-offset-2 hover:underline disabled:text-zinc-400 disabled:no-underline dark:text-indigo-300 dark:disabled:text-zinc-600"
        >
          Skip to end
        </button>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
    </div>
  );
}
