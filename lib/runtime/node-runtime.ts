/** Node-only: load Pyodide in this process, install the engine, run programs. */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { loadPyodide } from "pyodide";
import type { PyodideAPI } from "pyodide";
import { installEngine, runProgram, type OutputListener, type RunOptions } from "./engine";
import { readPythonSources } from "./python-sources";
import type { RunResult } from "./trace";

export interface NodeEngine {
  pyodide: PyodideAPI;
  run(code: string, options?: RunOptions, onOutput?: OutputListener): RunResult;
}

/**
 * Loads Pyodide (a few seconds) with the engine installed. With `interruptBuffer` (an Int32Array on
 * a SharedArrayBuffer), writing 2 into it from another thread stops the run (limit "stopped").
 */
export async function createNodeEngine(
  opts: { interruptBuffer?: Int32Array } = {},
): Promise<NodeEngine> {
  // Explicit: Pyodide's own guess of its folder fails inside worker threads.
  const indexURL = dirname(createRequire(import.meta.url).resolve("pyodide/package.json")) + "/";
  const pyodide = await loadPyodide({ indexURL });
  installEngine(pyodide, readPythonSources());
  measureInCpuTime(pyodide);
  if (opts.interruptBuffer) pyodide.setInterruptBuffer(opts.interruptBuffer);
  return {
    pyodide,
    run: (code, options, onOutput) => runProgram(pyodide, code, options, onOutput),
  };
}

/** The process' CPU time in seconds (user + system). */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * What measures computing in this instance: "cpu", the process' CPU time, or "wall", wall time as
 * a browser measures it. `slower` scales the reading: CPU time x 4 is a device four times slower
 * (or a CPU shared four ways) without the noise of real load (lib/recorded/ records with it).
 */
export function setMeter(pyodide: PyodideAPI, meter: "cpu" | "wall", slower = 1): void {
  const clock = pyodide.pyimport("asyncio_live.clock") as unknown as {
    use_meter(meter: () => number): void;
    destroy(): void;
  };
  const read = meter === "cpu" ? cpuSeconds : () => performance.now() / 1000;
  clock.use_meter(slower === 1 ? read : () => read() * slower);
  clock.destroy();
}

/**
 * Computing is measured in the process' CPU time here, which other processes cannot stretch (see
 * FREE_COMPUTE in clock.py): tests give the same virtual times on a loaded machine. Browsers only
 * offer wall time; ASYNCIO_LIVE_WALL_METER=1 makes Node measure like them.
 */
function measureInCpuTime(pyodide: PyodideAPI) {
  if (process.env.ASYNCIO_LIVE_WALL_METER) return;
  setMeter(pyodide, "cpu");
}
