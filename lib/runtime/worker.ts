/// <reference lib="webworker" />
// The only place Python runs: a dedicated module worker holding one Pyodide.
// The page talks to it through comlink (see protocol.ts and client.ts).
import * as Comlink from "comlink";
import type { PyodideInterface, loadPyodide as LoadPyodide } from "pyodide";
import type { RunOptions } from "./engine";
import {
  OUTPUT_MESSAGE,
  TASKS_MESSAGE,
  type TasksMessage,
  STOP_FOR,
  type EngineBundle,
  type LoadProgress,
  type LoadRequest,
  type OutputMessage,
  type RuntimeWorkerApi,
  type SnapshotMoment,
  type StartMark,
  type WorkerRunReply,
} from "./protocol";
import { deleteSnapshot, readSnapshot, snapshotKey, writeSnapshot } from "./snapshot";
import { sliceTasks } from "./task-slices";
import type { OutputPart } from "./trace";

// Overall progress shares: downloads dominate a cold start, then the interpreter boots.
const FETCH_SHARE = 0.7;
const START_SHARE = 0.25;
// Used only when a response has no Content-Length (e.g. compressed by the host).
const EXPECTED_BYTES: Record<string, number> = {
  "pyodide.asm.wasm": 9_600_000,
  "python_stdlib.zip": 2_550_000,
};
// Output is sent in batches: one message per part would flood the page during a print loop.
const BATCH_MS = 16;
const BATCH_PARTS = 200;

/** Moments of the start not yet sent to the page (see `StartMark`). */
let marks: StartMark[] = [];
const mark = (name: string) => marks.push([name, performance.timeOrigin + performance.now()]);
/** This module ran: the worker's own scripts are in. */
mark("worker-script");

let pyodide: PyodideInterface | undefined;
let interruptBuffer: Int32Array | undefined;
type Engine = typeof import("./engine");
let engine: Engine | undefined;

/**
 * Wraps fetch while Pyodide loads, so the big downloads report their bytes as they stream in.
 * Counting the body Pyodide itself reads avoids fetching anything twice.
 */
function trackDownloads(report: (fraction: number) => void): () => void {
  const original = self.fetch;
  const loaded = new Map<string, number>();
  const totals = new Map<string, number>(Object.entries(EXPECTED_BYTES));
  const update = () => {
    let done = 0;
    let total = 0;
    for (const [name, size] of totals) {
      total += size;
      done += Math.min(loaded.get(name) ?? 0, size);
    }
    report(total > 0 ? done / total : 0);
  };
  self.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    const url = input instanceof Request ? input.url : String(input);
    const name = Object.keys(EXPECTED_BYTES).find((file) => url.endsWith(file));
    if (!name || !response.body) return response;
    const length = Number(response.headers.get("Content-Length"));
    if (length > 0) totals.set(name, length);
    let count = 0;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        count += chunk.byteLength;
        loaded.set(name, count);
        update();
        controller.enqueue(chunk);
      },
    });
    // Headers are kept: WebAssembly.instantiateStreaming needs Content-Type application/wasm.
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return () => {
    self.fetch = original;
  };
}

interface HiddenImportScripts {
  /** Puts `importScripts` back for good. */
  restore(): void;
  /** Runs `fn` with `importScripts` back in place (Turbopack loads this worker's chunks with it). */
  reveal<T>(fn: () => T): T;
}

/**
 * Turbopack (Next 16.4) starts every worker as a classic worker, whatever `type` the page asks
 * for, and Pyodide refuses classic workers: it probes `importScripts`. Pyodide needs only dynamic
 * `import()`, which classic workers support, so the probe is hidden while Pyodide loads.
 */
function passAsModuleWorker(): HiddenImportScripts {
  const scope = self as unknown as { importScripts?: unknown };
  if (typeof scope.importScripts !== "function") return { restore: () => {}, reveal: (fn) => fn() };
  const own = Object.getOwnPropertyDescriptor(self, "importScripts");
  const hide = () =>
    Object.defineProperty(self, "importScripts", {
      value: undefined,
      configurable: true,
      writable: true,
    });
  const show = () => {
    if (own) Object.defineProperty(self, "importScripts", own);
    else delete scope.importScripts;
  };
  let hidden = true;
  hide();
  return {
    restore: () => {
      if (hidden) show();
      hidden = false;
    },
    reveal: (fn) => {
      if (!hidden) return fn();
      show();
      try {
        return fn();
      } finally {
        hide();
      }
    },
  };
}

/**
 * Saves Python's memory for the next visit (lib/runtime/snapshot.ts), with the engine installed and
 * before any reader's program has run: just after the warm-up program (the default) or before it
 * (`snapshotAt`, compared by the bench). After is valid (the warm-up is our program, not the
 * reader's) and faster on the next visit: the restored Python already holds what the warm-up
 * imported, so the warm-up that still runs (for WebAssembly's lazy compiles) is shorter, and making
 * the snapshot no longer stands between the engine's install and "ready". Measured with
 * `npm run bench -- startup` (2 cores, load 8-12), repeat lesson visit → first line, after vs before:
 * 3.3 vs 6.0 s, then 2.0 vs 3.5 s; the repeat visit's warm-up 0.7 vs 1.5 s, then 0.3 vs 1.0 s.
 */
function saveSnapshot(py: PyodideInterface, stored: { key: string } | null): void {
  if (!stored) return; // the engine bundle's versions never came: no key to keep it under
  let bytes: Uint8Array;
  try {
    bytes = (py as unknown as { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
  } catch (error) {
    console.warn("Python snapshot not made:", error);
    return;
  }
  mark("snapshot-made");
  void writeSnapshot(stored.key, bytes);
}

async function load(request: LoadRequest, onProgress: (p: LoadProgress) => void): Promise<void> {
  if (pyodide) return;
  mark("load-request");
  const snapshotAt: SnapshotMoment = request.snapshotAt ?? "after-warm-up";
  let source: "snapshot" | "download" = "download";
  onProgress({ phase: "fetching", fraction: 0 });
  const bundle = fetch(request.engineURL, { cache: "no-cache" }).then((response) => {
    if (!response.ok) throw new Error(`Engine bundle: HTTP ${response.status}`);
    return response.json() as Promise<EngineBundle>;
  });
  bundle.catch(() => undefined); // awaited only once Pyodide is in
  // The snapshot's key needs the bundle's versions (a small file, fetched anyway); looked up while
  // Pyodide's module is imported.
  const stored = bundle.then(async ({ pyodide: version, version: engineVersion }) => {
    const variant = snapshotAt === "before-warm-up" ? engineVersion : `${engineVersion}+warm`;
    const key = snapshotKey(self.location.origin, version, variant);
    const bytes = await readSnapshot(key);
    mark(bytes ? "snapshot-read" : "snapshot-none");
    return { key, bytes };
  });
  stored.catch(() => undefined);
  const importScripts = passAsModuleWorker();
  // The engine's glue and its schema (zod) are a chunk of their own, loaded once Pyodide's big
  // downloads stream in: this thread then only waits for them. Loaded first, its synchronous
  // importScripts held up Pyodide's first requests by some 50 ms.
  let glue: Promise<Engine> | undefined;
  const loadGlue = () => {
    if (!glue) {
      glue = importScripts.reveal(() => import("./engine"));
      glue.catch(() => undefined); // awaited below, once Pyodide is in
    }
    return glue;
  };
  let glueQueued = false;
  let started = false;
  const restoreFetch = trackDownloads((fraction) => {
    if (!glueQueued && fraction > 0) {
      glueQueued = true;
      setTimeout(loadGlue, 0);
    }
    if (started) return;
    if (fraction >= 1) {
      started = true;
      onProgress({ phase: "starting", fraction: FETCH_SHARE });
    } else {
      onProgress({ phase: "fetching", fraction: fraction * FETCH_SHARE });
    }
  });
  try {
    // A runtime import of the file we serve: bundling pyodide.mjs would drag its Node-only
    // code paths through Turbopack, and it must sit next to pyodide.asm.mjs anyway.
    const { loadPyodide } = (await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ `${request.indexURL}pyodide.mjs`
    )) as { loadPyodide: typeof LoadPyodide };
    mark("pyodide-module");
    // The warm-up below imports what the package would otherwise import before "ready".
    const options = { indexURL: request.indexURL, env: { ASYNCIO_LIVE_WARMUP_IMPORTS: "1" } };
    const snapshot = await stored.catch(() => null);
    if (snapshot?.bytes) {
      try {
        pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot.bytes });
        source = "snapshot";
      } catch (error) {
        // Another Pyodide build, a damaged entry: start the usual way, and make a new one.
        console.warn("Python snapshot not usable, starting the usual way:", error);
        await deleteSnapshot(snapshot.key);
      }
    }
    pyodide ??= await loadPyodide({ ...options, _makeSnapshot: snapshot !== null });
    mark(source === "snapshot" ? "pyodide-restored" : "pyodide-booted");
  } finally {
    importScripts.restore();
    restoreFetch();
  }
  onProgress({ phase: "installing", fraction: FETCH_SHARE + START_SHARE });
  engine = await loadGlue();
  mark("glue");
  // After a restore too: a snapshot holds memory, not files, and the engine's files are rewritten
  // (its modules are still imported: no need to import them again).
  engine.installEngine(pyodide, (await bundle).files, { reimport: source !== "snapshot" });
  mark("engine-installed");
  const toSave = source === "download" ? await stored.catch(() => null) : null;
  if (snapshotAt === "before-warm-up") saveSnapshot(pyodide, toSave);
  if (request.interruptBuffer) {
    interruptBuffer = request.interruptBuffer;
    pyodide.setInterruptBuffer(interruptBuffer);
  }
  mark("ready");
  onProgress({ phase: "ready", fraction: 1, source, marks });
  marks = [];
  // Queued behind "ready" rather than before it: it does not delay the Run button, and a run
  // requested at once simply waits the few hundred milliseconds it takes in this worker.
  const warm = pyodide;
  const { warmUpEngine } = engine;
  setTimeout(() => {
    mark("warm-up-start");
    try {
      warmUpEngine(warm);
      mark("warm-up-end");
      if (snapshotAt === "after-warm-up") saveSnapshot(warm, toSave);
    } catch (error) {
      // Only the first run's timing is at stake: the reader's run reports any real breakage. No
      // snapshot of a Python in that state: the next visit starts the usual way.
      console.warn("Python warm-up failed:", error);
    }
  }, 0);
}

/** True when Pyodide can still run code after an error escaped from it. */
function stillAlive(py: PyodideInterface): boolean {
  try {
    return py.runPython("1 + 1") === 2;
  } catch {
    return false;
  }
}

async function run(code: string, options: RunOptions, runId: number): Promise<WorkerRunReply> {
  const py = pyodide;
  if (!py || !engine) throw new Error("Python is not loaded yet");
  const { runProgram } = engine;
  mark("run-start");
  // A Stop that arrived after the previous run ended must not interrupt this one. But a Stop for
  // this run may have come while it waited (behind the warm-up, which the interrupt then ended
  // instead): the run then stops before it starts.
  if (interruptBuffer) {
    Atomics.store(interruptBuffer, 0, 0);
    if (Atomics.load(interruptBuffer, STOP_FOR) === runId) options = { ...options, stopped: true };
  }

  let pending: OutputPart[] = [];
  // The first part goes out at once: the reader waits for the first line, not for a batch.
  let lastFlush = -Infinity;
  let firstPart = true;
  let batches = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    lastFlush = performance.now();
    if (pending.length === 0) return;
    const parts = pending;
    pending = [];
    batches += 1;
    // Not a comlink callback: see OutputMessage (Firefox would hold it while Python computes).
    self.postMessage({ type: OUTPUT_MESSAGE, runId, parts } satisfies OutputMessage);
  };
  // Synchronous Python blocks this thread's timers, so the clock is also checked per part.
  const collect = (part: OutputPart) => {
    if (firstPart) mark("run-first-output");
    firstPart = false;
    pending.push(part);
    if (pending.length >= BATCH_PARTS || performance.now() - lastFlush >= BATCH_MS) flush();
    else timer ??= setTimeout(flush, BATCH_MS);
  };

  try {
    const result = runProgram(py, code, options, collect);
    flush();
    const sent = marks;
    marks = [];
    // A large run's tasks go ahead in slices, each copied by the page in its own task.
    const slices = sliceTasks(result.trace.tasks);
    if (slices.length === 1) return { kind: "result", result, batches, taskSlices: 0, marks: sent };
    for (const tasks of slices)
      self.postMessage({ type: TASKS_MESSAGE, runId, tasks } satisfies TasksMessage);
    const rest = { ...result, trace: { ...result.trace, tasks: [] } };
    return { kind: "result", result: rest, batches, taskSlices: slices.length, marks: sent };
  } catch (error) {
    flush();
    const message = error instanceof Error ? error.message : String(error);
    if (!stillAlive(py)) return { kind: "fatal", message, batches };
    throw error;
  }
}

const api: RuntimeWorkerApi = { load, run };
Comlink.expose(api);
