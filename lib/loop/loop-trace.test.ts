/** The loop trace (per-iteration record of the event loop) on the classic programs, through the
 * Node engine, and the view's state derived from it. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "@/lib/runtime/node-runtime";
import type { RunResult } from "@/lib/runtime/trace";
import {
  boundaryAtTime,
  fromFlat,
  loopStateAt,
  positionIndex,
  printPositions,
  toFlat,
  VIEW_LIST_CAP,
} from "./state";

const CORPUS = fileURLToPath(new URL("../../tests/corpus/", import.meta.url));
const corpus = (name: string) => readFileSync(`${CORPUS}${name}.py`, "utf8");

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const run = (code: string, options = {}) => {
  const r = engine.run(code, options);
  expect(r.error).toBeNull();
  expect(r.limit).toBeNull();
  return r;
};

describe("gather of three sleeps (the seed example)", () => {
  let r: RunResult;
  beforeAll(() => {
    r = run(corpus("seed_03_gather"));
  });

  it("after main's first step the ready queue holds the three task steps in creation order", () => {
    const s = loopStateAt(r.trace, { iteration: 1, handle: null })!;
    expect(s.ready.map((e) => [e.kind, e.task, e.text])).toEqual([
      ["step", 2, "fetch_data(1): first step"],
      ["step", 3, "fetch_data(2): first step"],
      ["step", 4, "fetch_data(3): first step"],
    ]);
    expect(s.timers).toEqual([]);
    expect(s.waiting.map((w) => [w.label, w.waitsOn])).toEqual([["main()", "gather(3)"]]);
  });

  it("one iteration later the three timers are set for 2.0 s and the ready queue is empty", () => {
    const s = loopStateAt(r.trace, { iteration: 2, handle: null })!;
    expect(s.ready).toEqual([]);
    expect(s.timers.map((t) => [t.due, t.task])).toEqual([
      [2, 2],
      [2, 3],
      [2, 4],
    ]);
    expect(s.timers[0]!.text).toBe("sleep(2) ends, for fetch_data(1)");
    expect(s.t).toBe(0);
    // The await graph: main -> gather(3) -> each fetch_data sleeping.
    expect(s.graph).toHaveLength(1);
    const main = s.graph[0]!;
    expect([main.label, main.awaits]).toEqual(["main()", "gather(3)"]);
    expect(main.children.map((c) => [c.label, c.awaits])).toEqual([
      ["fetch_data(1)", "sleep(2)"],
      ["fetch_data(2)", "sleep(2)"],
      ["fetch_data(3)", "sleep(2)"],
    ]);
    // Each task stands on its await in the code: one mark per line, naming its tasks.
    expect(s.lines.map((l) => [l.line, l.count, l.labels, l.running])).toEqual([
      [5, 3, ["fetch_data(1)", "fetch_data(2)", "fetch_data(3)"], false],
      [11, 1, ["main()"], false],
    ]);
  });

  it("the next iteration runs at 2.0 s: the timers fire, in the order they were set", () => {
    const it2 = r.trace.loop!.iterations[2]!;
    expect(it2.t).toBe(2);
    expect(it2.fired).toBe(3);
    const s = loopStateAt(r.trace, { iteration: 2, handle: 0 })!;
    expect(s.running?.text).toBe("sleep(2) ends, for fetch_data(1)");
    expect(s.timers).toEqual([]);
    // The first timer's callback has scheduled fetch_data(1)'s wake-up for the next iteration.
    expect(s.ready.map((e) => [e.source, e.task])).toEqual([
      ["timer", 3],
      ["timer", 4],
      ["next", 2],
    ]);
  });

  it("positions flatten and come back; a playhead time maps to a boundary; prints map to steps", () => {
    const loop = r.trace.loop!;
    const starts = positionIndex(loop);
    for (let flat = 0; flat <= starts.at(-1)!; flat++) {
      expect(toFlat(starts, fromFlat(starts, flat))).toBe(flat);
    }
    expect(boundaryAtTime(loop, 1)).toEqual({ iteration: 2, handle: null });
    const printed = printPositions(r.trace, starts);
    // Seven prints, each just after the step that made it: the last is main's.
    expect(printed).toHaveLength(7);
    expect([...printed].sort((a, b) => a - b)).toEqual(printed);
    const at = fromFlat(starts, printed[6]! - 1);
    const handle = loop.iterations[at.iteration]!.handles[at.handle!]!;
    expect(handle).toMatchObject({ kind: "step", task: 1 });
  });
});

describe("recording", () => {
  it("is absent with loopTrace off, present by default", () => {
    const code = corpus("seed_03_gather");
    expect(run(code, { loopTrace: false }).trace.loop).toBeUndefined();
    expect(run(code).trace.loop?.iterations.length).toBeGreaterThan(3);
  });

  it("a cancelled timer (wait_for deadline met early) leaves the timers when cancelled", () => {
    const r = run(`import asyncio

async def quick():
    await asyncio.sleep(1)

async def main():
    await asyncio.wait_for(quick(), timeout=5)

asyncio.run(main())
`);
    const timers = r.trace.loop!.timers;
    const deadline = timers.find((t) => t.label === "timeout expires");
    expect(deadline?.due).toBe(5);
    expect(deadline?.cancelled).toBe(true);
    const sleep = timers.find((t) => t.label === "sleep(1) ends");
    expect(sleep?.cancelled).toBe(false);
  });

  it("notes the user's coroutines a task is suspended in (capture_call_graph's call stack)", () => {
    const r = run(`import asyncio

async def my_sleep(seconds):
    future = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(seconds, future.set_result, None)
    await future

async def fetch(i):
    await my_sleep(1)

async def main():
    await asyncio.gather(fetch(1), fetch(2))

asyncio.run(main())
`);
    const s = loopStateAt(r.trace, { iteration: 2, handle: null })!;
    expect(s.waiting.map((w) => [w.label, w.waitsOn, w.stack])).toEqual([
      ["main()", "gather(2)", null],
      ["fetch(1)", "future", ["fetch", "my_sleep"]],
      ["fetch(2)", "future", ["fetch", "my_sleep"]],
    ]);
    expect(s.timers.map((t) => t.text)).toEqual([
      "Future.set_result(None), for fetch(1)",
      "Future.set_result(None), for fetch(2)",
    ]);
  });

  it("is bounded: beyond the detail window iterations keep only counts", () => {
    const r = run(`import asyncio

async def worker(i):
    await asyncio.sleep(1)

async def main():
    await asyncio.gather(*(worker(i) for i in range(12_000)))

asyncio.run(main())
`);
    const loop = r.trace.loop!;
    expect(loop.detail).not.toBeNull();
    const detailed = loop.iterations.slice(0, loop.detail!);
    const handles = detailed.reduce((sum, it) => sum + it.handles.length, 0);
    expect(handles).toBeLessThanOrEqual(loop.detailLimit);
    const later = loop.iterations[loop.detail!]!;
    expect(later.handles).toEqual([]);
    expect(later.count).toBeGreaterThan(0);
    expect(loopStateAt(r.trace, { iteration: loop.detail!, handle: null })!.summary).not.toBeNull();

    // The view's lists are cut, their lengths kept: after the first steps, 12,000 tasks wait on
    // 12,000 timers, all on one line, and main awaits all of them in the graph.
    const s = loopStateAt(r.trace, { iteration: 2, handle: null })!;
    expect([s.readyCount, s.ready.length]).toEqual([0, 0]);
    expect([s.timerCount, s.timers.length]).toEqual([12_000, VIEW_LIST_CAP]);
    expect(s.timers[0]!.text).toBe("sleep(1) ends, for worker(0)");
    expect([s.waitingCount, s.waiting.length]).toEqual([12_001, VIEW_LIST_CAP]);
    expect(s.lines.map((l) => [l.line, l.count, l.labels.length])).toEqual([
      [4, 12_000, 3],
      [7, 1, 1],
    ]);
    expect([s.graphRoots, s.graph[0]!.label, s.graph[0]!.childCount]).toEqual([
      1,
      "main()",
      12_000,
    ]);
    expect(s.graph[0]!.children).toHaveLength(VIEW_LIST_CAP);
    // Mid-iteration: 11,999 first steps still queued behind the running one.
    const mid = loopStateAt(r.trace, { iteration: 1, handle: 0 })!;
    expect(mid.running?.text).toBe("worker(0): first step");
    expect([mid.readyCount, mid.ready.length]).toEqual([11_999, VIEW_LIST_CAP]);
  });
});
