// The typed interface between the page and the Python worker (carried by comlink).
// Everything here crosses a structured-clone boundary: plain data and comlink-proxied callbacks.
import type { RunOptions } from "./engine";
import type { OutputPart, RunResult } from "./trace";

/** The Python package, as prepare-public writes it to public/runtime/engine.json. */
export interface EngineBundle {
  /** Content hash of `files`. */
  version: string;
  /** The Pyodide version the files were copied from (keys the stored Python snapshot). */
  pyodide: string;
  /** Path inside the package → source text. */
  files: Record<string, string>;
}

export type LoadPhase = "fetching" | "starting" | "installing" | "ready";

export interface LoadProgress {
  phase: LoadPhase;
  /** Overall progress from 0 to 1 across all phases. */
  fraction: number;
  /** Once ready: restored from this browser's snapshot of Python, or started the usual way. */
  source?: "snapshot" | "download";
  /** Once ready: when each step of the start happened in the worker (see `StartMark`). */
  marks?: StartMark[];
}

/**
 * A moment of Python's start in the worker, in epoch milliseconds (`timeOrigin + now()`): the page
 * turns them into `performance.mark("python:NAME")` entries, which DevTools and the bench read.
 */
export type StartMark = [name: string, epochMs: number];

/** When the snapshot of Python's memory is made (the bench compares both; see worker.ts). */
export type SnapshotMoment = "before-warm-up" | "after-warm-up";

export interface LoadRequest {
  /** Absolute URL of the folder holding pyodide.mjs and friends (ends with "/"). */
  indexURL: string;
  /** Absolute URL of the engine bundle. */
  engineURL: string;
  /**
   * Shared with the page when it is cross-origin isolated. Slot 0 is Pyodide's: writing 2 raises
   * KeyboardInterrupt. Slot 1 holds the id of the run the last Stop was for (see `STOP_FOR`).
   */
  interruptBuffer?: Int32Array;
  /** Default "after-warm-up". */
  snapshotAt?: SnapshotMoment;
}

/** Slot of the interrupt buffer naming the run a Stop was meant for. */
export const STOP_FOR = 1;

export type WorkerRunReply =
  | {
      kind: "result";
      /**
       * Already validated against the engine's zod schema inside the worker (runProgram parses
       * Python's JSON there), so the page's thread never spends time parsing a large trace.
       */
      result: RunResult;
      /** How many output batches were sent, so the page can wait for stragglers. */
      batches: number;
      /** Start marks made since "ready" (the warm-up's), sent with the first run's reply. */
      marks?: StartMark[];
    }
  | {
      /** Pyodide itself broke (not a Python exception): this worker is unusable. */
      kind: "fatal";
      message: string;
      batches: number;
    };

export interface RuntimeWorkerApi {
  load(request: LoadRequest, onProgress: (progress: LoadProgress) => void): Promise<void>;
  run(
    code: string,
    options: RunOptions,
    onOutput: (parts: OutputPart[]) => void,
    /** The page's id for this run: a Stop that names it stops it, even one sent before it began. */
    runId: number,
  ): Promise<WorkerRunReply>;
}
