/**
 * The engine's own work stays off the virtual clock in every engine: compiling the program and
 * handing each line of output to the page. A slower engine (WebKit) spent long enough on them to
 * show `Sequential: 6.1 s` where the program waits exactly 6 s.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "./node-runtime";

let engine: NodeEngine;

beforeAll(async () => {
  engine = await createNodeEngine();
});

/** Keeps the CPU busy for `ms` (the Node engine measures computing in CPU time). */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe("the engine's work is not the program's", () => {
  it("a slow output listener adds no virtual time", () => {
    const program = `import asyncio
import time

async def main():
    start = time.perf_counter()
    for n in range(3):
        print(f"line {n}")
        await asyncio.sleep(2)
    print(f"took {time.perf_counter() - start:.3f} s")

asyncio.run(main())
`;
    // Each line takes 250 ms to reach the page: well over a span's free allowance (FREE_COMPUTE,
    // 100 ms), so 150 ms a line would show if it were charged.
    const r = engine.run(program, {}, () => busy(250));
    expect(r.error).toBeNull();
    expect(r.stdout).toContain("took 6.000 s");
    expect(r.elapsed).toBeCloseTo(6, 9);
  });

  it("compiling a long program adds no virtual time", () => {
    // A function too long to compile in a free span, defined but never called.
    const body = Array.from({ length: 20_000 }, (_, n) => `    x${n} = ${n} * 2 + 1`).join("\n");
    const program = `def never():\n${body}\n\nprint("defined")\n`;
    const started = performance.now();
    const r = engine.run(program);
    const wall = performance.now() - started;
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("defined\n");
    // Compiling took long (else this test shows nothing), and none of it is on the clock.
    expect(wall).toBeGreaterThan(100);
    expect(r.elapsed).toBe(0);
  });
});
