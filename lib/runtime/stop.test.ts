/**
 * Stop behaves like Ctrl+C under CPython: inside `asyncio.run` the first press cancels the main
 * task (its `finally` blocks and the other tasks' cleanup run, then KeyboardInterrupt ends the run),
 * a second press stops at once, and a program that never gives way is still stopped.
 */
import { Worker } from "node:worker_threads";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "./node-runtime";
import { HARD_STOP, SIGINT, STOP_GRACE_MS } from "./interrupt";
import type { RunResult } from "./trace";

let engine: NodeEngine;
const buffer = new Int32Array(new SharedArrayBuffer(12));
let presser: Worker | undefined;

beforeAll(async () => {
  engine = await createNodeEngine({ interruptBuffer: buffer });
  const scope = globalThis as Record<string, unknown>;
  // What the page does, callable from the programs below (`from js import ...`).
  scope.__pressStop = () => Atomics.store(buffer, 0, SIGINT);
  scope.__pressAgain = () => Atomics.store(buffer, 0, HARD_STOP);
  // The page presses again every 100 ms while the run goes on (interrupt.ts); Python runs on this
  // thread, so another thread does it here.
  scope.__keepPressing = () => {
    Atomics.store(buffer, 2, 0);
    presser = new Worker(
      `const { workerData: b } = require("node:worker_threads");
const tick = new Int32Array(new SharedArrayBuffer(4));
Atomics.store(b, 0, ${SIGINT});
while (Atomics.wait(b, 2, 0, 100) === "timed-out") Atomics.compareExchange(b, 0, 0, ${SIGINT});`,
      { eval: true, workerData: buffer },
    );
  };
});

afterEach(async () => {
  Atomics.store(buffer, 2, 1);
  Atomics.notify(buffer, 2);
  await presser?.terminate();
  presser = undefined;
  Atomics.store(buffer, 0, 0);
});

function expectStopped(r: RunResult) {
  expect(r.limit?.kind).toBe("stopped");
  expect(r.error).toBeNull();
  expect(r.stderr).not.toContain("Traceback");
  expect(r.stderr).not.toContain("Task was destroyed but it is pending");
}

function expectHealthy() {
  const r = engine.run(`import asyncio\nasyncio.run(asyncio.sleep(1))\nprint("fine")\n`);
  expect(r.stdout).toBe("fine\n");
  expect(r.limit).toBeNull();
}

const outcomes = (r: RunResult) =>
  Object.fromEntries(r.trace.tasks.map((t) => [t.label, t.outcome.kind]));

describe("Stop inside asyncio.run", () => {
  it("cancels the main task: CancelledError at its await, finally blocks, then every task's cleanup", () => {
    const r = engine.run(`import asyncio
from js import __pressStop as press

async def worker(n):
    try:
        await asyncio.sleep(10)
    finally:
        print(f"worker {n} cleaned up")

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(2)]
    await asyncio.sleep(1)
    press()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")

try:
    asyncio.run(main())
finally:
    print("asyncio.run raised")
`);
    expectStopped(r);
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 2)).toEqual(["main cancelled", "main finally"]);
    // asyncio.run cancels the tasks left in a set's order, as CPython does.
    expect(lines.slice(2, 4).sort()).toEqual(["worker 0 cleaned up", "worker 1 cleaned up"]);
    expect(lines.slice(4)).toEqual(["asyncio.run raised", ""]);
    // Cancelled at 1 s, when the press came: no waiting for the sleeps.
    expect(r.elapsed).toBe(1);
    // The main task was cancelled by the press: the timeline says the reader stopped it.
    expect(r.trace.tasks[0]!.outcome).toEqual({ kind: "cancelled", byStop: true });
    expect(r.trace.tasks[1]!.outcome).toEqual({ kind: "cancelled" });
    expect(outcomes(r)).toEqual({
      "main()": "cancelled",
      "worker(0)": "cancelled",
      "worker(1)": "cancelled",
    });
    expectHealthy();
  });

  it("raises KeyboardInterrupt from asyncio.run, which a program may catch", () => {
    const r = engine.run(`import asyncio
from js import __pressStop as press

async def main():
    press()
    await asyncio.sleep(1)

try:
    asyncio.run(main())
except KeyboardInterrupt as exc:
    print("caught", type(exc).__name__)
`);
    expect(r.stdout).toBe("caught KeyboardInterrupt\n");
    expectStopped(r);
    // The program ended by itself: no note from the engine after its own last words.
    expect(r.stderr).toBe("");
  });

  it("a press between awaits is delivered at the next await", () => {
    const r = engine.run(`import asyncio
from js import __pressStop as press

async def main():
    await asyncio.sleep(0.5)
    press()
    total = sum(range(200_000))  # still computing when the press comes
    print("computed", total)
    try:
        await asyncio.sleep(1)
        print("slept")
    finally:
        print("cleanup")

asyncio.run(main())
`);
    expect(r.stdout).toBe("computed 19999900000\ncleanup\n");
    expectStopped(r);
  });

  it("a second press stops the cleanup at once", () => {
    const started = performance.now();
    const r = engine.run(`import asyncio
from js import __pressStop as press, __pressAgain as press_again

async def main():
    press()
    try:
        await asyncio.sleep(1)
    finally:
        print("cleaning up")
        press_again()
        while True:
            pass

asyncio.run(main())
`);
    expect(r.stdout).toBe("cleaning up\n");
    expectStopped(r);
    expect(performance.now() - started).toBeLessThan(STOP_GRACE_MS);
    expectHealthy();
  });

  it("a runaway loop that never awaits is stopped by the repeated presses after the grace", () => {
    const started = performance.now();
    const r = engine.run(`import asyncio
from js import __keepPressing

async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print("other cleaned up")

async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0.1)
    __keepPressing()
    while True:
        pass

asyncio.run(main())
`);
    const took = performance.now() - started;
    expectStopped(r);
    // asyncio.run still cancels the other task on the way out.
    expect(r.stdout).toBe("other cleaned up\n");
    expect(took).toBeGreaterThanOrEqual(STOP_GRACE_MS);
    expect(took).toBeLessThan(STOP_GRACE_MS + 3_000);
    expectHealthy();
  });

  it("a task that swallows the cancellation and sleeps on is stopped, as stopped", () => {
    const r = engine.run(`import asyncio
from js import __pressStop as press

async def main():
    press()
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed")

asyncio.run(main())
`);
    // Cancelled by Stop, then again by asyncio.run on its way out: swallowed both times.
    expect(r.stdout).toBe("swallowed\nswallowed\n");
    expectStopped(r);
    expectHealthy();
  });

  it("a task that swallows the cancellation and spins on sleep(0) is stopped too", () => {
    const r = engine.run(
      `import asyncio
from js import __keepPressing

async def main():
    __keepPressing()
    while True:
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("swallowed")

asyncio.run(main())
`,
      { maxSteps: 10_000_000 },
    );
    expect(r.stdout).toBe("swallowed\nswallowed\n");
    expectStopped(r);
    expectHealthy();
  });
});

describe("Stop elsewhere", () => {
  it("outside asyncio.run a press raises KeyboardInterrupt where the program is", () => {
    const r = engine.run(`from js import __pressStop as press
try:
    press()
    while True:
        pass
finally:
    print("finally ran")
`);
    expect(r.stdout).toBe("finally ran\n");
    expectStopped(r);
  });

  it("top-level await (the playground) cancels its main coroutine the same way", () => {
    const r = engine.run(
      `import asyncio
from js import __pressStop as press
try:
    press()
    await asyncio.sleep(1)
finally:
    print("cleanup")
`,
      { topLevelAwait: true },
    );
    expect(r.stdout).toBe("cleanup\n");
    expectStopped(r);
    expectHealthy();
  });
});
