/**
 * Runs a Python file with the course's engine in Node:
 *   npm run -s py -- FILE.py [--json] [--top-level-await] [--no-trace] [--timeout=SECONDS]
 *
 * Prints the program's stdout to stdout and stderr to stderr (as it runs); exits 1 on an uncaught
 * exception, 2 when a limit stopped it. `--json` prints exactly one JSON object instead.
 *
 * The engine runs in a worker thread so that a program that never yields (`while True: pass`) can be
 * stopped: after `--timeout` wall seconds (default 20) the main thread presses Stop in Pyodide's
 * interrupt buffer (lib/runtime/interrupt.ts), the run ends with limit "stopped", and the exit code
 * is 2. A program that swallows the
 * interrupt (`except BaseException: pass` around its loop) has its worker ended 3 s later instead:
 * a message on stderr, exit code 2, and no JSON.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Worker } from "node:worker_threads";
import type { RunOptions } from "../lib/runtime/engine";
import { pressStop } from "../lib/runtime/interrupt";
import type { OutputPart, RunResult } from "../lib/runtime/trace";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: npm run -s py -- FILE.py [--json] [--top-level-await] [--timeout=S]");
  process.exit(64);
}
const json = args.includes("--json");
const timeoutArg = args.find((a) => a.startsWith("--timeout="));
const timeoutS = timeoutArg ? Number(timeoutArg.split("=")[1]) : 20;
/** How long an interrupt gets to end the run before the worker is ended instead. */
const INTERRUPT_GRACE_S = 3;
const options: RunOptions = {
  filename: basename(file),
  topLevelAwait: args.includes("--top-level-await"),
  trace: !args.includes("--no-trace"),
};
const code = readFileSync(file, "utf8");

const interrupt = new Int32Array(new SharedArrayBuffer(4));
// The worker is TypeScript too: register tsx's loader inside it before importing the file.
const workerUrl = new URL("./py-worker.ts", import.meta.url).href;
const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); });`;
const worker = new Worker(bootstrap, {
  eval: true,
  workerData: { code, options, interrupt, stream: !json },
});
let timer: NodeJS.Timeout | undefined;
let releaseStop = () => {};
worker.on(
  "message",
  (
    msg:
      | { type: "ready" }
      | { type: "output"; part: OutputPart }
      | { type: "done"; result: RunResult }
      | { type: "failed"; message: string },
  ) => {
    if (msg.type === "ready") {
      timer = setTimeout(() => {
        releaseStop = pressStop(interrupt);
        timer = setTimeout(() => {
          process.stderr.write(
            `\n[stopped: the program ignored the interrupt for ${INTERRUPT_GRACE_S} s, so its worker was ended]\n`,
          );
          process.exitCode = 2;
          void worker.terminate();
        }, INTERRUPT_GRACE_S * 1000);
      }, timeoutS * 1000);
    } else if (msg.type === "output") {
      (msg.part.stream === "stdout" ? process.stdout : process.stderr).write(msg.part.text);
    } else if (msg.type === "failed") {
      console.error(`engine failure: ${msg.message}`);
      process.exitCode = 70;
    } else {
      clearTimeout(timer);
      releaseStop();
      const r = msg.result;
      if (json) {
        // Typed arrays (Trace.loop.stepTasks) as plain arrays.
        const plain = (_: string, v: unknown) =>
          ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v;
        process.stdout.write(JSON.stringify(r, plain) + "\n");
      }
      process.exitCode = r.error ? 1 : r.limit ? 2 : 0;
    }
  },
);
worker.on("error", (err) => {
  console.error(`engine failure: ${err.message}`);
  process.exitCode = 70;
});
worker.on("exit", () => {
  clearTimeout(timer);
  releaseStop();
});
