/**
 * Environment-agnostic glue between a Pyodide instance and the Python engine package
 * (lib/runtime/python/asyncio_live). No Node or DOM imports: the browser worker and the Node runner
 * both use it.
 */
import type { PyodideAPI } from "pyodide";
import { parseRunResult, type OutputPart, type RunResult } from "./trace";

export type { OutputPart, RunResult } from "./trace";

export interface RunOptions {
  /** Shown in tracebacks; default "main.py". */
  filename?: string;
  /** Playground: allow `await` at the top level of the program. */
  topLevelAwait?: boolean;
  /** Default true; false = no tracing (for the overhead benchmark). */
  trace?: boolean;
  /** Default true; false = no loop trace (`Trace.loop`), for its overhead benchmark. */
  loopTrace?: boolean;
  /** Virtual-time limit in seconds; default 600. */
  maxVirtualSeconds?: number;
  /** Step limit (task steps and callbacks); default DEFAULT_MAX_STEPS. */
  maxSteps?: number;
  /** Output cap in characters; default 200,000. */
  maxOutputBytes?: number;
  /** Output cap in lines; default 5,000. */
  maxOutputLines?: number;
  /** Stop was pressed before the run began: end it as stopped without running the program. */
  stopped?: boolean;
}

/**
 * Default step limit: how many task steps a run may take *without the loop ever waiting for a
 * timer*; it may also schedule at most 20 times as many callbacks of any kind in all. Real programs
 * wait for timers between bursts (a gather of 10,000 sleeping tasks takes 10,000 steps per burst);
 * `while True: await asyncio.sleep(0)` never does and is stopped after 25,000 turns (measured here:
 * about 0.15 s untraced, 0.4-0.8 s traced; more when other processes load the CPU). Must match
 * DEFAULTS in lib/runtime/python/asyncio_live/runner.py.
 */
export const DEFAULT_MAX_STEPS = 25_000;

export type OutputListener = (part: OutputPart) => void;

/** Where the package is written inside Pyodide's file system. */
export const ENGINE_ROOT = "/asyncio-live";

type RunEntry = (code: string, optionsJson: string, emit?: EmitFn) => string;
/** Called by Python as each output part completes; `micros` is virtual time in microseconds. */
type EmitFn = (
  stream: "stdout" | "stderr",
  text: string,
  micros: number,
  task: number | null,
) => void;

const entries = new WeakMap<PyodideAPI, RunEntry>();

/**
 * Writes the Python package (`files`: relative path -> source, e.g. "asyncio_live/runner.py") into
 * the instance and imports it. Calling it again replaces the package (fresh modules).
 */
export function installEngine(pyodide: PyodideAPI, files: Record<string, string>): void {
  for (const [relative, source] of Object.entries(files)) {
    if (relative.startsWith("/") || relative.split("/").includes("..")) {
      throw new Error(`engine file path must be relative: ${relative}`);
    }
    const path = `${ENGINE_ROOT}/${relative}`;
    pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    pyodide.FS.writeFile(path, source);
  }
  pyodide.runPython(`
import sys
if ${JSON.stringify(ENGINE_ROOT)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(ENGINE_ROOT)})
for _name in [m for m in sys.modules if m == "asyncio_live" or m.startswith("asyncio_live.")]:
    del sys.modules[_name]
import importlib
importlib.invalidate_caches()
import asyncio_live.runner
`);
  const entry = pyodide.globals.get("__import__")("asyncio_live.runner", null, null, [
    "run_program",
  ]).run_program as RunEntry & { destroy?: () => void };
  (entries.get(pyodide) as { destroy?: () => void } | undefined)?.destroy?.();
  entries.set(pyodide, entry);
}

/**
 * Runs a small representative program once and discards its result. Browsers compile
 * WebAssembly functions lazily, on first use: without this the reader's first run would pay for
 * compiling the interpreter in *virtual* time (a gather of three sleep(2) finishing in 2.4 s).
 * The result is returned for tests; callers discard it.
 */
export function warmUpEngine(pyodide: PyodideAPI): RunResult {
  // Skipped by the package when installed with ASYNCIO_LIVE_WARMUP_IMPORTS set (see its __init__).
  const code = pyodide.runPython(
    `import asyncio_live, pathlib, tracemalloc
(pathlib.Path(asyncio_live.__file__).parent / "warmup_program.py").read_text()`,
  ) as string;
  return runProgram(pyodide, code, { filename: "warmup.py" });
}

/** Runs one program to completion (synchronously) and returns its validated result. */
export function runProgram(
  pyodide: PyodideAPI,
  code: string,
  options: RunOptions = {},
  onOutput?: OutputListener,
): RunResult {
  const entry = entries.get(pyodide);
  if (!entry) throw new Error("installEngine() must be called on this Pyodide instance first");
  const emit: EmitFn | undefined = onOutput
    ? (stream, text, micros, task) => onOutput({ stream, text, t: micros / 1e6, task })
    : undefined;
  const json = entry(code, JSON.stringify({ maxSteps: DEFAULT_MAX_STEPS, ...options }), emit);
  return parseRunResult(json);
}
