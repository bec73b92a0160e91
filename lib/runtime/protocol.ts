// The typed interface between the page and the Python worker (carried by comlink).
// Everything here crosses a structured-clone boundary: plain data and comlink-proxied callbacks.
import type { RunOptions } from "./engine";
import type { OutputPart, RunResult, TraceTask } from "./trace";

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
      /** How many output batches were sent (the page checks they all arrived). */
      batches: number;
      /** A large run's tasks came before the reply in this many `TasksMessage`s (the page joins
       * them into `result.trace.tasks`, empty here); 0: they are in `result`. */
      taskSlices: number;
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
  /** The run's output comes as `OutputMessage`s before the reply. */
  run(
    code: string,
    options: RunOptions,
    /** The page's id for this run: a Stop that names it stops it, even one sent before it began. */
    runId: number,
  ): Promise<WorkerRunReply>;
}

export const OUTPUT_MESSAGE = "asyncio-live:output";

/**
 * A batch of a run's output, posted with the worker's own `postMessage`, not through a comlink
 * callback: Firefox holds back what a worker posts on a MessagePort (a comlink proxy's channel)
 * until the worker's thread is free again, so the output of a program that prints and then computes
 * (or loops until Stop) would not show while it runs. The worker's own channel delivers at once in
 * every engine, and in order with comlink's reply (which travels on it too).
 */
export interface OutputMessage {
  type: typeof OUTPUT_MESSAGE;
  runId: number;
  parts: OutputPart[];
}

export const TASKS_MESSAGE = "asyncio-live:tasks";

/**
 * A slice of a large run's `trace.tasks`, in order, posted before the reply (see
 * lib/runtime/task-slices.ts): the page copies each message in a task of its own.
 */
export interface TasksMessage {
  type: typeof TASKS_MESSAGE;
  runId: number;
  tasks: TraceTask[];
}
