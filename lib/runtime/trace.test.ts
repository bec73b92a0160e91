/** What the trace says about the classic examples: tasks, labels, parents, waits, lines, times. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "./node-runtime";
import type { RunResult, TraceTask } from "./trace";

const CORPUS = fileURLToPath(new URL("../../tests/corpus/", import.meta.url));
const corpus = (name: string) => readFileSync(`${CORPUS}${name}.py`, "utf8");

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const run = (code: string) => {
  const r = engine.run(code);
  expect(r.error).toBeNull();
  expect(r.limit).toBeNull();
  return r;
};
const near = (actual: number | null, expected: number, tolerance = 0.05) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
};
const byName = (r: RunResult, name: string): TraceTask => {
  const task = r.trace.tasks.find((t) => t.name === name);
  if (!task) throw new Error(`no task ${name} in ${r.trace.tasks.map((t) => t.name).join(", ")}`);
  return task;
};

// Virtual time includes the wall time of running Python, so a CPU starved by other processes can
// push a time past its tolerance: one retry absorbs such a spike; a real error fails both times.
describe("seed example: gather of three fetch_data(id)", { retry: 1 }, () => {
  let r: RunResult;
  beforeAll(() => {
    r = run(corpus("seed_03_gather"));
  });

  it("has the main task and three children, named and labelled as a reader expects", () => {
    expect(r.trace.tasks.map((t) => [t.name, t.label, t.kind, t.parent])).toEqual([
      ["Task-1", "main()", "task", null],
      ["Task-2", "fetch_data(1)", "task", 1],
      ["Task-3", "fetch_data(2)", "task", 1],
      ["Task-4", "fetch_data(3)", "task", 1],
    ]);
    expect(r.trace.tasks.map((t) => t.coro)).toEqual([
      "main",
      "fetch_data",
      "fetch_data",
      "fetch_data",
    ]);
    expect(byName(r, "Task-2").createdLine).toBe(11);
    expect(byName(r, "Task-1").createdLine).toBe(14);
  });

  it("main waits on gather(3) of its children; each child sleeps 2 s on line 5, overlapping", () => {
    const main = byName(r, "Task-1");
    expect(main.waits).toHaveLength(1);
    expect(main.waits[0]!.awaiting).toEqual({
      kind: "gather",
      tasks: [2, 3, 4],
      label: "gather(3)",
    });
    expect(main.waits[0]!.line).toBe(11);
    for (const name of ["Task-2", "Task-3", "Task-4"]) {
      const task = byName(r, name);
      expect(task.waits).toHaveLength(1);
      const wait = task.waits[0]!;
      expect(wait.awaiting).toEqual({ kind: "sleep", seconds: 2, label: "sleep(2)" });
      expect(wait.line).toBe(5);
      near(wait.start, 0);
      near(wait.end, 2);
      expect(task.steps.map((s) => s.line)).toEqual([5, 7]);
      expect(task.outcome).toEqual({
        kind: "result",
        repr: `'Data ${name.slice(-1) === "2" ? 1 : name.slice(-1) === "3" ? 2 : 3}'`,
      });
    }
  });

  it("takes 2.0 s, with the clock jumping over the idle wait", () => {
    near(r.elapsed, 2.0);
    near(r.trace.end, 2.0);
    const idle = r.trace.idle.reduce((sum, span) => sum + (span.end - span.start), 0);
    near(idle, 2.0);
  });

  it("tags every print with its task and virtual time", () => {
    const fetched = r.trace.prints.filter((p) => p.text.endsWith("fetched!\n"));
    expect(fetched.map((p) => p.task)).toEqual([2, 3, 4]);
    for (const p of fetched) near(p.t, 2);
    expect(r.trace.prints).toBe(r.output);
    expect(r.output.map((p) => p.text).join("")).toBe(r.stdout);
  });
});

describe("other classic shapes", { retry: 1 }, () => {
  it("sequential awaits take 6.0 s in one task with three sleep waits", () => {
    const r = run(corpus("seed_05_sequential"));
    near(r.elapsed, 6.0);
    expect(r.trace.tasks).toHaveLength(1);
    const main = r.trace.tasks[0]!;
    expect(main.waits.map((w) => [w.awaiting.label, w.line])).toEqual([
      ["sleep(2)", 5],
      ["sleep(2)", 5],
      ["sleep(2)", 5],
    ]);
    expect(main.waits.map((w) => Math.round(w.start))).toEqual([0, 2, 4]);
  });

  it("create_task runs in the background while main prints, then main awaits the task", () => {
    const r = run(corpus("seed_04_create_task"));
    const [main, child] = r.trace.tasks;
    expect(child).toMatchObject({
      name: "Task-2",
      label: "fetch_data()",
      parent: 1,
      createdLine: 8,
    });
    expect(main!.waits[0]!.awaiting).toEqual({ kind: "task", task: 2, label: "fetch_data()" });
    expect(main!.waits[0]!.line).toBe(10);
    const doing = r.output.find((p) => p.text.startsWith("Doing other work"));
    expect(doing).toMatchObject({ task: 1 });
    near(doing!.t, 0);
    near(r.elapsed, 1.0);
  });

  it("a script without tasks: its time.sleep calls are blocked spans of the top level", () => {
    const r = run(`import time

def download(name):
    print(name)
    time.sleep(2)

for name in ["a", "b"]:
    download(name)
`);
    expect(r.trace.tasks).toEqual([]);
    expect(r.trace.blocked!.map((b) => [b.task, b.line, b.label])).toEqual([
      [null, 5, "time.sleep(2)"],
      [null, 5, "time.sleep(2)"],
    ]);
    near(r.trace.blocked![0]!.start, 0);
    near(r.trace.blocked![1]!.start, 2);
    for (const b of r.trace.blocked!) near(b.end - b.start, 2, 0.001);
    // One span from the start to the end of the program: no event loop ever ran.
    expect(r.trace.toplevel).toHaveLength(1);
    expect(r.trace.toplevel![0]).toMatchObject({ start: 0, line: null, then: null });
    expect(r.trace.toplevel![0]!.end).toBeCloseTo(r.elapsed, 5);
  });

  it("the top level waits on asyncio.run(main()) from the loop's start until it is closed", () => {
    const r = run(`import asyncio, time

time.sleep(0.5)

async def main():
    await asyncio.sleep(1)

asyncio.run(main())
print("after")
`);
    const spans = r.trace.toplevel!;
    expect(spans.map((s) => [s.line, s.then])).toEqual([
      [8, "asyncio.run(main())"],
      [null, null],
    ]);
    near(spans[0]!.end, 0.5);
    // asyncio.run shuts down with two more loop runs before it returns: still one wait.
    near(spans[1]!.start, 1.5);
    expect(r.trace.blocked).toMatchObject([{ task: null, line: 3, label: "time.sleep(0.5)" }]);
    const main = r.trace.tasks[0]!;
    expect(main.created).toBeGreaterThanOrEqual(spans[0]!.end - 0.001);
  });

  it("a task's time.sleep is a blocked span of that task, inside one of its steps", () => {
    const r = run(`import asyncio, time

async def job():
    time.sleep(1)

asyncio.run(job())
`);
    const [job] = r.trace.tasks;
    const [blocked] = r.trace.blocked!;
    expect(blocked).toMatchObject({ task: job!.id, line: 4, label: "time.sleep(1)" });
    const step = job!.steps[0]!;
    expect(blocked!.start).toBeGreaterThanOrEqual(step.start);
    expect(blocked!.end).toBeLessThanOrEqual(step.end);
  });

  it("blocking time.sleep in coroutines serialises them: ready-but-not-running time shows", () => {
    const r = run(`import asyncio, time

async def work(n):
    await asyncio.sleep(0.5)
    time.sleep(1)

async def main():
    await asyncio.gather(work(1), work(2), work(3))

asyncio.run(main())
`);
    near(r.elapsed, 3.5);
    const waits = [2, 3, 4].map((id) => r.trace.tasks[id - 1]!.waits[0]!);
    for (const w of waits) near(w.readyAt, 0.5);
    // Each woke at 0.5 but had to wait its turn behind the blocking sleeps before it.
    expect(waits.map((w) => Math.round((w.end! - w.readyAt!) * 10) / 10)).toEqual([0, 1, 2]);
    const steps = [2, 3, 4].map((id) => r.trace.tasks[id - 1]!.steps[1]!);
    for (const s of steps) near(s.end - s.start, 1.0);
  });

  it("to_thread: worker threads overlap on the virtual clock and appear as thread lanes", () => {
    const r = run(corpus("to_thread"));
    near(r.elapsed, 1.0);
    const threads = r.trace.tasks.filter((t) => t.kind === "thread");
    expect(threads.map((t) => [t.name, t.label])).toEqual([
      ["Thread-1", "blocking_io(1)"],
      ["Thread-2", "blocking_io(2)"],
      ["Thread-3", "blocking_io(3)"],
    ]);
    threads.forEach((t, i) => {
      near(t.steps[0]!.start, 0);
      near(t.end, 0.6 + 0.2 * i);
      expect(t.outcome).toEqual({ kind: "result", repr: String(10 * (i + 1)) });
    });
    const runners = r.trace.tasks.filter((t) => t.label.startsWith("to_thread("));
    expect(runners.map((t) => t.waits[0]!.awaiting)).toEqual(
      threads.map((t) => ({ kind: "thread", task: t.id, label: t.label })),
    );
    const done = r.output.find((p) => p.text === "blocking_io 2 complete\n")!;
    expect(done.task).toBe(threads[1]!.id);
    near(done.t, 0.8);
  });

  it("thread pools keep their size; what cannot be emulated fails with a clear message", () => {
    const r = run(`import asyncio, concurrent.futures, time

async def main():
    loop = asyncio.get_running_loop()
    def needs_loop():
        return asyncio.run_coroutine_threadsafe(asyncio.sleep(1), loop).result()
    try:
        await asyncio.to_thread(needs_loop)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        await asyncio.gather(*(loop.run_in_executor(pool, time.sleep, 1) for _ in range(4)))

asyncio.run(main())
`);
    expect(r.stdout).toMatch(
      /^RuntimeError: asyncio, live cannot emulate a worker thread that waits/,
    );
    near(r.elapsed, 2.0);
    const pool = r.trace.tasks.filter((t) => t.kind === "thread" && t.label === "sleep(1)");
    expect(pool).toHaveLength(4);
    expect(pool.map((t) => Math.round(t.steps[0]!.start))).toEqual([0, 0, 1, 1]);
    expect(pool.map((t) => Math.round(t.created))).toEqual([0, 0, 0, 0]);
    expect(pool.every((t) => t.waits.length === 0)).toBe(true);
  });

  it("names what tasks wait on: Event, Queue, Lock, Semaphore, TaskGroup, wait_for", () => {
    const labels = (name: string) =>
      new Set(run(corpus(name)).trace.tasks.flatMap((t) => t.waits.map((w) => w.awaiting.kind)));
    expect(labels("event")).toContain("event.wait");
    expect(labels("queue_producer_consumer")).toContain("queue.get");
    expect(labels("queue_workers")).toContain("queue.join");
    expect(labels("lock")).toContain("lock");
    expect(labels("semaphore")).toContain("semaphore");
    expect(labels("docs_taskgroup")).toContain("taskgroup");
    expect(labels("wait_for_timeout")).toContain("wait_for");
    expect(labels("condition")).toContain("condition");
  });

  it("records how tasks ended: result, exception, cancelled", () => {
    const cancelled = run(corpus("cancel_finally")).trace.tasks[1]!;
    expect(cancelled.outcome).toEqual({ kind: "cancelled" });
    const raised = engine.run(corpus("uncaught_traceback")).trace.tasks[0]!;
    expect(raised.outcome).toMatchObject({ kind: "exception", type: "ValueError" });
    expect(raised.steps.at(-1)!.line).toBe(5);
  });

  it("streams output parts to the listener as the program prints, same as the result's", () => {
    const streamed: unknown[] = [];
    const r = engine.run(corpus("docs_say_after_tasks"), {}, (part) => streamed.push(part));
    expect(r.output.length).toBeGreaterThanOrEqual(3);
    expect(streamed).toEqual(r.output);
    let calls = 0;
    const failing = engine.run(`print("a")\nprint("b")\n`, {}, () => {
      calls++;
      throw new Error("listener broke");
    });
    expect(failing.stdout).toBe("a\nb\n");
    expect(failing.error).toBeNull();
    expect(calls).toBe(1);
  });

  it("labels keyword-only arguments by name, leaving out values that are not plain (None, objects)", () => {
    const r = run(`import asyncio

_DEFAULT = object()

async def fetch(url, *parts, retries=3, timeout=_DEFAULT, headers=None, note="x"):
    await asyncio.sleep(0)

async def main():
    await asyncio.gather(fetch("https://a.ex/1"), fetch("b", 7, retries=5, headers={}))

asyncio.run(main())
`);
    const labels = r.trace.tasks.map((t) => t.label).filter((label) => label.startsWith("fetch("));
    expect(labels).toEqual([
      "fetch('https://a.ex/1', retries=3, note='x')",
      "fetch('b', 7, retries=5, note='x')",
    ]);
  });

  it("prints outside any task have task null; top-level await runs as a main lane", () => {
    const r = engine.run(`import asyncio\nprint("top")\nawait asyncio.sleep(1)\nprint("after")\n`, {
      topLevelAwait: true,
    });
    expect(r.error).toBeNull();
    expect(r.trace.tasks[0]).toMatchObject({ kind: "main", label: "<module>" });
    expect(r.output.map((p) => [p.text, p.task])).toEqual([
      ["top\n", 1],
      ["after\n", 1],
    ]);
    const plain = run(`print("hello")\n`);
    expect(plain.output[0]).toMatchObject({ text: "hello\n", task: null });
  });
});
