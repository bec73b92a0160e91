// The page's side of the Python runtime (no React): owns the worker(s), streams output,
// stops runaway programs and replaces a worker whose Pyodide broke.
import * as Comlink from "comlink";
import type { RunOptions } from "./engine";
import { HARD_STOP, pressStop, SIGINT, STOP_GRACE_MS } from "./interrupt";
import {
  OUTPUT_MESSAGE,
  STOP_FOR,
  TASKS_MESSAGE,
  type LoadProgress,
  type OutputMessage,
  type SnapshotMoment,
  type TasksMessage,
  type StartMark,
  type RuntimeWorkerApi,
  type WorkerRunReply,
} from "./protocol";
import type { OutputPart, RunResult, TraceTask } from "./trace";

/** How long an interrupt gets to take effect before the worker is terminated instead (after a
 * first press, the program's cleanup grace comes on top). */
export const INTERRUPT_GRACE_MS = 1500;
/** How long to wait for output batches still in flight once the run's reply arrived. */
const STRAGGLER_MS = 250;
/** How long a run goes on before the spare worker (when one is kept) starts booting. */
const SPARE_AFTER_MS = 1000;

export type RunOutcome =
  /** The program ended by itself (a Python exception or a limit is part of `result`). */
  | { status: "finished"; result: RunResult }
  /** Stop raised KeyboardInterrupt inside Python; the worker lives on. */
  | { status: "stopped"; via: "interrupt"; result: RunResult }
  /** Stop ended the worker (no isolation, or the interrupt was ignored), or came before Python did. */
  | { status: "stopped"; via: "terminate" | "before-start" }
  /** Pyodide itself failed; a fresh one is already starting. */
  | { status: "crashed"; message: string }
  /** Python could not be loaded, or the engine misbehaved. */
  | { status: "failed"; message: string };

export type SparePolicy = "auto" | "always" | "never";

export interface RuntimeOptions {
  /**
   * Keep a second, warm worker so a terminated one is replaced without a wait: it starts when a
   * run has gone on for a second (see `maybeStartSpare`). "auto" keeps one only when the page is
   * not cross-origin isolated, where terminating is the only way to stop.
   */
  spare?: SparePolicy;
  /** Where Pyodide's files and the engine bundle are served (defaults: /pyodide/, /runtime/). */
  indexURL?: string;
  engineURL?: string;
}

interface WorkerHandle {
  worker: Worker;
  api: Comlink.Remote<RuntimeWorkerApi>;
  interruptBuffer?: Int32Array;
  ready: Promise<void>;
  progress: LoadProgress;
  /** Set once the worker died or was terminated. */
  dead: boolean;
}

interface ActiveRun {
  /** Names the run in the interrupt buffer, so a Stop reaches it even before it starts. */
  id: number;
  handle?: WorkerHandle;
  done: Promise<RunOutcome>;
  finish(outcome: RunOutcome): void;
  settled: boolean;
  stopRequested: boolean;
  /** Ends the repeated presses of the latest Stop. */
  releaseStop?: () => void;
}

export class BusyError extends Error {
  constructor() {
    super("Another program is still running");
    this.name = "BusyError";
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Records the moments of Python's start as `python:NAME` performance marks on the page's timeline
 * (the worker's epoch times converted), for DevTools and the start-up bench.
 */
function markStart(marks: StartMark[] | undefined, prefix = "python:"): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  for (const [name, epochMs] of marks ?? []) {
    try {
      performance.mark(`${prefix}${name}`, { startTime: epochMs - performance.timeOrigin });
    } catch {
      // A mark before the page's time origin (a worker kept across navigations): not ours to show.
    }
  }
}

/**
 * The bench compares the snapshot made after the warm-up (the default) with one made before it:
 * `?python-snapshot=before-warm-up` picks the latter (lib/runtime/worker.ts).
 */
function snapshotMoment(): SnapshotMoment | undefined {
  if (typeof location === "undefined") return undefined;
  const asked = new URLSearchParams(location.search).get("python-snapshot");
  return asked === "after-warm-up" || asked === "before-warm-up" ? asked : undefined;
}

/**
 * The loop bench compares a run with the loop trace (the default) against one without it on the
 * same page: `?loop-trace=off` records no `Trace.loop` (scripts/bench/loop.ts).
 */
function loopTraceOff(): boolean {
  if (typeof location === "undefined") return false;
  return new URLSearchParams(location.search).get("loop-trace") === "off";
}

export function isCrossOriginIsolated(): boolean {
  return globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer !== "undefined";
}

export class PythonRuntime {
  private primary?: WorkerHandle;
  private spare?: WorkerHandle;
  private active?: ActiveRun;
  private listeners = new Set<() => void>();
  private progress: LoadProgress = { phase: "fetching", fraction: 0 };
  private readonly isolated = isCrossOriginIsolated();
  private readonly sparePolicy: SparePolicy;
  private readonly indexURL: string;
  private readonly engineURL: string;
  /** Counts replacements after a crash, so a UI can mention it. */
  restarts = 0;
  /** Ids runs, for the interrupt buffer's `STOP_FOR` slot. */
  private runs = 0;

  constructor(options: RuntimeOptions = {}) {
    this.sparePolicy = options.spare ?? "auto";
    this.indexURL = new URL(options.indexURL ?? "/pyodide/", location.href).href;
    this.engineURL = new URL(options.engineURL ?? "/runtime/engine.json", location.href).href;
  }

  get interruptible(): boolean {
    return this.isolated;
  }

  get busy(): boolean {
    return this.active !== undefined;
  }

  /** Starts loading Python now, so it is ready by the time the reader presses Run. */
  preload(): void {
    this.ensurePrimary();
  }

  getProgress = (): LoadProgress => this.progress;

  /** Whether no run is queued or going on this page (see `busy`), for `useSyncExternalStore`. */
  getIdle = (): boolean => this.active === undefined;

  /** Called when the loading progress changes and when a run starts or ends. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves when Python is ready (rejects if it cannot load, even after one retry). */
  async ready(): Promise<void> {
    await this.readyHandle();
  }

  run(
    code: string,
    options: RunOptions,
    onOutput: (parts: OutputPart[]) => void,
  ): Promise<RunOutcome> {
    if (this.active) return Promise.reject(new BusyError());
    let finish!: (outcome: RunOutcome) => void;
    const done = new Promise<RunOutcome>((resolve) => (finish = resolve));
    const active: ActiveRun = {
      id: ++this.runs,
      done,
      settled: false,
      stopRequested: false,
      finish: (outcome) => {
        if (active.settled) return;
        active.settled = true;
        if (this.active === active) this.active = undefined;
        this.notify();
        finish(outcome);
      },
    };
    this.active = active;
    this.notify();
    void this.execute(
      active,
      code,
      loopTraceOff() ? { ...options, loopTrace: false } : options,
      onOutput,
    );
    return done;
  }

  /**
   * Stops the running program, like Ctrl+C: the first call interrupts Python, which cancels the
   * main task of `asyncio.run` and lets its cleanup run; a second call stops it at once. Without
   * isolation (or if the program ignores the interrupts) the worker is terminated.
   */
  async stop(): Promise<void> {
    const active = this.active;
    if (!active) return;
    const again = active.stopRequested;
    active.stopRequested = true;
    const handle = active.handle;
    if (!handle) {
      active.finish({ status: "stopped", via: "before-start" });
      return;
    }
    if (handle.interruptBuffer) {
      Atomics.store(handle.interruptBuffer, STOP_FOR, active.id);
      active.releaseStop?.();
      const release = pressStop(handle.interruptBuffer, again ? HARD_STOP : SIGINT);
      active.releaseStop = release;
      // A first press lets the program clean up for STOP_GRACE_MS before Python stops it.
      const grace = again ? INTERRUPT_GRACE_MS : STOP_GRACE_MS + INTERRUPT_GRACE_MS;
      const settled = await Promise.race([
        active.done.then(() => true),
        delay(grace).then(() => false),
      ]);
      release();
      if (settled) return;
    }
    if (active.settled) return;
    this.replace(handle);
    active.finish({ status: "stopped", via: "terminate" });
  }

  /** Ends every worker; the runtime can be used again afterwards (it starts a new one). */
  dispose(): void {
    this.active?.finish({ status: "stopped", via: "terminate" });
    for (const handle of [this.primary, this.spare]) if (handle) this.kill(handle);
    this.primary = this.spare = undefined;
  }

  private async execute(
    active: ActiveRun,
    code: string,
    options: RunOptions,
    onOutput: (parts: OutputPart[]) => void,
  ): Promise<void> {
    let handle: WorkerHandle;
    try {
      handle = await this.readyHandle();
    } catch (error) {
      active.finish({ status: "failed", message: describe(error) });
      return;
    }
    if (active.settled) return;
    active.handle = handle;
    if (this.wantsSpare()) {
      const spareTimer = setTimeout(() => {
        if (!active.settled) this.maybeStartSpare();
      }, SPARE_AFTER_MS);
      void active.done.then(() => clearTimeout(spareTimer));
    }

    let received = 0;
    markStart([["page-run-start", performance.timeOrigin + performance.now()]]);
    let expected = Infinity;
    let allArrived: (() => void) | undefined;
    // A large run's tasks, sliced by the worker (lib/runtime/task-slices.ts).
    const taskSlices: TraceTask[][] = [];
    let expectedSlices = Infinity;
    const onBatch = (parts: OutputPart[]) => {
      if (active.settled) return;
      if (received === 0)
        markStart([["page-first-output", performance.timeOrigin + performance.now()]]);
      received += 1;
      onOutput(parts);
      if (received >= expected && taskSlices.length >= expectedSlices) allArrived?.();
    };

    const onMessage = (event: MessageEvent) => {
      const data = event.data as Partial<OutputMessage> | Partial<TasksMessage> | null;
      if (data?.runId !== active.id) return;
      if (data.type === OUTPUT_MESSAGE && "parts" in data && data.parts) onBatch(data.parts);
      else if (data.type === TASKS_MESSAGE && "tasks" in data && data.tasks) {
        taskSlices.push(data.tasks);
        if (received >= expected && taskSlices.length >= expectedSlices) allArrived?.();
      }
    };
    handle.worker.addEventListener("message", onMessage);
    let reply: WorkerRunReply;
    try {
      reply = await handle.api.run(code, options, active.id);
      if (reply.kind === "result") markStart(reply.marks);
      // The batches come before the reply on the same channel; this wait is only a safeguard.
      expected = reply.batches;
      expectedSlices = reply.kind === "result" ? reply.taskSlices : 0;
      if (received < expected || taskSlices.length < expectedSlices) {
        await Promise.race([
          new Promise<void>((resolve) => (allArrived = resolve)),
          delay(STRAGGLER_MS),
        ]);
      }
    } catch (error) {
      active.finish({ status: "failed", message: describe(error) });
      return;
    } finally {
      handle.worker.removeEventListener("message", onMessage);
    }
    if (reply.kind === "fatal") {
      this.restarts += 1;
      this.replace(handle);
      active.finish({ status: "crashed", message: reply.message });
      return;
    }
    let { result } = reply;
    if (reply.taskSlices) {
      if (taskSlices.length !== reply.taskSlices) {
        active.finish({ status: "failed", message: "part of the run's trace did not arrive" });
        return;
      }
      result = { ...result, trace: { ...result.trace, tasks: taskSlices.flat() } };
    }
    active.finish(
      active.stopRequested
        ? { status: "stopped", via: "interrupt", result }
        : { status: "finished", result },
    );
  }

  private async readyHandle(): Promise<WorkerHandle> {
    const first = this.ensurePrimary();
    try {
      await first.ready;
      return first;
    } catch {
      // One retry with a fresh worker: a flaky network or a crash while booting.
      if (this.primary === first) this.replace(first);
      const second = this.ensurePrimary();
      await second.ready;
      return second;
    }
  }

  private ensurePrimary(): WorkerHandle {
    if (!this.primary || this.primary.dead) {
      this.primary = this.spare && !this.spare.dead ? this.spare : this.createHandle();
      this.spare = undefined;
      this.watchPrimary(this.primary);
    }
    return this.primary;
  }

  private watchPrimary(handle: WorkerHandle): void {
    this.setProgress(handle.progress);
  }

  private wantsSpare(): boolean {
    return this.sparePolicy === "always" || (this.sparePolicy === "auto" && !this.isolated);
  }

  /**
   * Starts the spare worker, once a run has gone on for SPARE_AFTER_MS (one that may need Stop).
   * Not as soon as the first worker is ready: booting Python takes a core for seconds (more in
   * WebKit), and a run beside it had its glue between awaits stretched past the clock's
   * free-compute span: WebKit printed "Sequential: 6.1 s" for the 6.0 s example. A run that has
   * gone on that long is an endless or a heavy one, whose own times are not exact anyway.
   */
  private maybeStartSpare(): void {
    if (!this.wantsSpare() || (this.spare && !this.spare.dead)) return;
    this.spare = this.createHandle();
  }

  /** Terminates a worker and puts the spare (or a new worker) in its place. */
  private replace(handle: WorkerHandle): void {
    this.kill(handle);
    if (this.primary === handle) {
      this.primary = undefined;
      this.ensurePrimary();
    }
  }

  private kill(handle: WorkerHandle): void {
    handle.dead = true;
    handle.api[Comlink.releaseProxy]();
    handle.worker.terminate();
    if (this.spare === handle) this.spare = undefined;
  }

  private createHandle(): WorkerHandle {
    markStart([["page-worker-created", performance.timeOrigin + performance.now()]]);
    const worker = new Worker(new URL("./worker.ts", import.meta.url), {
      type: "module",
      name: "python",
    });
    const api = Comlink.wrap<RuntimeWorkerApi>(worker);
    const interruptBuffer = this.isolated ? new Int32Array(new SharedArrayBuffer(8)) : undefined;
    const handle: WorkerHandle = {
      worker,
      api,
      interruptBuffer,
      dead: false,
      progress: { phase: "fetching", fraction: 0 },
      ready: Promise.resolve(),
    };
    const crashed = new Promise<never>((_, reject) => {
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        const message = event.message || "The Python worker stopped unexpectedly";
        reject(new Error(message));
        this.onWorkerError(handle, message);
      });
    });
    const onProgress = (progress: LoadProgress) => {
      handle.progress = progress;
      if (this.primary === handle) markStart(progress.marks);
      if (this.primary === handle) this.setProgress(progress);
      // How Python started, for the curious and for tests: `<html data-python-start="snapshot">`.
      if (progress.source && this.primary === handle && typeof document !== "undefined") {
        document.documentElement.dataset.pythonStart = progress.source;
      }
    };
    handle.ready = Promise.race([
      api.load(
        {
          indexURL: this.indexURL,
          engineURL: this.engineURL,
          interruptBuffer,
          snapshotAt: snapshotMoment(),
        },
        Comlink.proxy(onProgress),
      ),
      crashed,
    ]);
    handle.ready.catch(() => undefined);
    return handle;
  }

  private onWorkerError(handle: WorkerHandle, message: string): void {
    if (handle.dead) return;
    const active = this.active;
    if (active?.handle === handle) {
      this.restarts += 1;
      this.replace(handle);
      active.finish({ status: "crashed", message });
    } else if (this.primary === handle) {
      this.replace(handle);
    } else {
      this.kill(handle);
    }
  }

  private setProgress(progress: LoadProgress): void {
    this.progress = progress;
    this.notify();
  }

  /** Tells subscribers that the progress or `busy` may have changed. */
  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let shared: PythonRuntime | undefined;

/** The page's one runtime: every example on a page shares the same worker. */
export function getPythonRuntime(): PythonRuntime {
  shared ??= new PythonRuntime();
  return shared;
}

/**
 * Starts loading Python now if this is a browser. Called where a module that needs Python is
 * evaluated, so loading begins before React hydrates the page rather than after.
 */
export function preloadPython(): void {
  if (typeof window === "undefined" || typeof Worker === "undefined") return;
  getPythonRuntime().preload();
}
