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

/** How much slower the device of the last recording run is. */
export const SLOWER = 4;
/** How many times the program runs again with the interpreter's memory laid out differently. */
const AGAIN = 3;

/**
 * Python objects that stay alive across a run, of assorted sizes: the program's objects then get
 * other addresses. A set of coroutines (`as_completed` over coroutines makes one) iterates in
 * address order, so the same program can create its tasks in another order on another run.
 */
function shiftMemory(engine: NodeEngine, round: number): void {
  engine.pyodide.runPython(
    `import sys; sys._asyncio_live_ballast = [bytearray(n * ${round + 1}) for n in range(1, 400)]`,
  );
}

/**
 * Runs the program several times in one Pyodide: as the tests run it (computing measured in CPU
 * time, which other processes cannot stretch); AGAIN times more with memory laid out differently;
 * once as on a device SLOWER times slower. Only computing long enough to cost virtual time (over
 * 100 ms in one span, see FREE_COMPUTE in clock.py) changes the slower run; anything that follows addresses
 * (an object's repr, the order of a set of coroutines) changes the others. What differs is marked
 * as varying. The first run is the recording.
 *
 * Why not real load: with two busy processes on our two cores and the browser's wall-time meter,
 * the glue between awaits sometimes crossed the 50 ms it then allowed, and 20 of 70 programs (gather_fetch.py among
 * them) came out "varying" in one recording and not in the next.
 */
export function recordProgram(engine: NodeEngine, code: string, options: RecordOptions): Recording {
  const first = runWire(engine, code, options);
  const again: RunResultWire[] = [];
  try {
    for (let round = 0; round < AGAIN; round++) {
      shiftMemory(engine, round);
      again.push(runWire(engine, code, options));
    }
  } finally {
    engine.pyodide.runPython("import sys; sys.__dict__.pop('_asyncio_live_ballast', None)");
  }
  setMeter(engine.pyodide, "cpu", SLOWER);
  let slower: RunResultWire;
  try {
    slower = runWire(engine, code, options);
  } finally {
    setMeter(engine.pyodide, "cpu");
  }
  return {
    format: RECORDING_FORMAT,
    source: sourceHash(code),
    options,
    ...variation(first, again, slower),
    result: first,
  };
}
