/** Worker thread for scripts/py.ts: owns the Pyodide instance so the main thread can interrupt it. */
import { parentPort, workerData } from "node:worker_threads";
import type { RunOptions } from "../lib/runtime/engine";
import { createNodeEngine } from "../lib/runtime/node-runtime";

const { code, options, interrupt, stream } = workerData as {
  code: string;
  options: RunOptions;
  interrupt: Int32Array;
  stream: boolean;
};

try {
  const engine = await createNodeEngine({ interruptBuffer: interrupt });
  parentPort!.postMessage({ type: "ready" });
  const result = engine.run(
    code,
    options,
    stream ? (part) => parentPort!.postMessage({ type: "output", part }) : undefined,
  );
  parentPort!.postMessage({ type: "done", result });
} catch (err) {
  parentPort!.postMessage({ type: "failed", message: (err as Error).stack ?? String(err) });
}
