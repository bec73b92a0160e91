// Node only: records runs with the course's engine (the same Pyodide the page loads).
import type { RunOptions } from "@/lib/runtime/engine";
import { runProgramJson } from "@/lib/runtime/engine";
import { setMeter, type NodeEngine } from "@/lib/runtime/node-runtime";
import { RunResultWireSchema, type RunResultWire } from "@/lib/runtime/trace";
import { variation } from "./compare";
import { RECORDING_FORMAT, type Recording } from "./format";
import { sourceHash } from "./source-hash";

export interface RecordOptions {
  filename: string;
  topLevelAwait: boolean;
}

/** One run, as the engine's validated wire form (no wall time: it differs on every run). */
export function runWire(engine: NodeEngine, code: string, options: RunOptions): RunResultWire {
  const json = runProgramJson(engine.pyodide, code, options);
  return { ...RunResultWireSchema.parse(JSON.parse(json)), wallMs: 0 };
}

/** How much slower the second recording run's device is. */
export const SLOWER = 4;

/**
 * Runs the program twice: once as tests run it (computing measured in CPU time, which other
 * processes cannot stretch), once as if on a device SLOWER times slower. Only computing long
 * enough to cost virtual time (50 ms and more, see FREE_COMPUTE in clock.py) changes the second
 * run, and so does anything else that differs from run to run (an object's address): what
 * differs is marked as varying. The first run is the recording.
 *
 * Why not real load: with two busy processes on our two cores and the browser's wall-time meter,
 * the glue between awaits sometimes crossed 50 ms, and 20 of 70 programs (gather_fetch.py among
 * them) came out "varying" in one recording and not in the next.
 */
export function recordProgram(engine: NodeEngine, code: string, options: RecordOptions): Recording {
  const first = runWire(engine, code, options);
  setMeter(engine.pyodide, "cpu", SLOWER);
  let again: RunResultWire;
  try {
    again = runWire(engine, code, options);
  } finally {
    setMeter(engine.pyodide, "cpu");
  }
  return {
    format: RECORDING_FORMAT,
    source: sourceHash(code),
    options,
    ...variation(first, again),
    result: first,
  };
}
