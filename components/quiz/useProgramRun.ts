"use client";

import { useCallback } from "react";
import { usePythonRun, type RunState } from "@/components/runtime/usePythonRuntime";
import type { RunOutcome } from "@/lib/runtime/client";
import type { LoadProgress } from "@/lib/runtime/protocol";
import type { OutputPart, RunResult } from "@/lib/runtime/trace";

export interface ProgramRun {
  progress: LoadProgress;
  state: RunState;
  /** Output and outcome of the last run, for an OutputView. */
  parts: OutputPart[];
  outcome: RunOutcome | null;
  /** Whether a run is under way now (not a render's copy: a key press may come before a render). */
  busy(): boolean;
  /** Runs the program in the page's Python; the result, or a sentence saying why there is none. */
  run(code: string): Promise<{ result: RunResult } | { failure: string }>;
}

/** Runs a quiz program or an exercise in the browser's engine and reports the whole result. */
export function useProgramRun(filename: string): ProgramRun {
  const python = usePythonRun({ filename });
  const { run: start } = python;
  const run = useCallback(
    async (code: string): Promise<{ result: RunResult } | { failure: string }> => {
      const outcome = await start(code);
      if (!outcome) return { failure: "Another program started, so this run was cancelled." };
      if ("result" in outcome && outcome.status === "finished") return { result: outcome.result };
      if (outcome.status === "stopped") return { failure: "The run was stopped." };
      return { failure: `Python could not run the program: ${outcome.message}` };
    },
    [start],
  );
  return {
    progress: python.progress,
    state: python.state,
    parts: python.parts,
    outcome: python.outcome,
    busy: python.busy,
    run,
  };
}

/** The label of a button that runs something, with Python's loading progress before it is ready. */
export function runLabel(progress: LoadProgress, state: RunState, idle: string): string {
  if (state !== "idle") {
    return progress.phase === "ready"
      ? "Running…"
      : `Starting Python… ${Math.round(progress.fraction * 100)}%`;
  }
  return idle;
}
