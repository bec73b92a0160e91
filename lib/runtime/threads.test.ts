/**
 * Emulated worker threads behave like CPython's: `asyncio.run` waits for the default pool's threads
 * (their prints are not lost), and computing threads take turns on the GIL while waiting ones overlap.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "./node-runtime";

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const near = (actual: number, expected: number, tolerance = 0.02) =>
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).toBeLessThanOrEqual(tolerance);

describe("asyncio.run and the default executor", () => {
  it("waits for a thread still running when main returns, as CPython does (tests/corpus)", () => {
    const name = "tests/corpus/thread_outlives_main";
    const recorded = JSON.parse(readFileSync(`${name}.json`, "utf8")) as { stdout: string };
    const r = engine.run(readFileSync(`${name}.py`, "utf8"), { trace: true });
    expect(r.stdout).toBe(recorded.stdout);
    expect(r.stdout).toContain("2.0 s  thread: report written\n2.0 s  after asyncio.run\n");
    near(r.elapsed, 2.0);
    const thread = r.trace.tasks.find((t) => t.kind === "thread")!;
    near(thread.end!, 2.0);
    const printed = r.output.find((p) => p.text.includes("report written"))!;
    expect(printed.task).toBe(thread.id);
  });

  it("an explicit shutdown stops waiting at its timeout and warns; asyncio.run still waits (CPython 3.13 prints the same)", () => {
    const r = engine.run(`import asyncio, time

async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, lambda: (time.sleep(3), print("slow thread done")))
    await asyncio.sleep(0.1)
    await loop.shutdown_default_executor(timeout=1)
    print(f"{loop.time():.1f} shut down")

asyncio.run(main())
`);
    expect(r.stdout).toBe("1.1 shut down\nslow thread done\n");
    near(r.elapsed, 3.0);
    expect(r.stderr).toContain(
      "RuntimeWarning: The executor did not finishing joining its threads within 1 seconds.",
    );
  });

  it("without threads, asyncio.run ends when main does", () => {
    const r = engine.run(`import asyncio

async def main():
    await asyncio.sleep(0.5)

asyncio.run(main())
`);
    expect(r.elapsed).toBe(0.5);
  });
});

// A pure-Python loop that computes for well over FREE_COMPUTE (1-1.4 s here), so the 0.1 s each
// span keeps free is a small part of it and the ratios below hold at any speed.
const CRUNCH = `def crunch():
    total = 0
    for i in range(4_000_000):
        total += i * i
    return total
`;

describe("the GIL", () => {
  it("two computing threads take about twice as long as one", () => {
    const r = engine.run(
      `import asyncio, time
${CRUNCH}

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.to_thread(crunch)
    one = loop.time() - t0
    t0 = loop.time()
    await asyncio.gather(asyncio.to_thread(crunch), asyncio.to_thread(crunch))
    two = loop.time() - t0
    print(one, two)

asyncio.run(main())
`,
      { trace: true },
    );
    const [one, two] = r.stdout.trim().split(" ").map(Number) as [number, number];
    expect(one).toBeGreaterThan(0.05);
    expect(two / one).toBeGreaterThan(1.6);
    expect(two / one).toBeLessThan(2.4);
    // They take turns: the second computes after the first (the lanes show it waiting).
    const [a, b] = r.trace.tasks.filter((t) => t.kind === "thread").slice(1);
    expect(b!.end! - a!.end!).toBeGreaterThan(0.6 * one);
  });

  it("sleeping releases the lock: a thread that waits is not delayed by one that computes", () => {
    const r = engine.run(
      `import asyncio, time
${CRUNCH}

def wait_then_report():
    time.sleep(0.02)
    return "waited"

async def main():
    results = await asyncio.gather(
        asyncio.to_thread(crunch), asyncio.to_thread(wait_then_report)
    )
    print(results[1])

asyncio.run(main())
`,
      { trace: true },
    );
    expect(r.stdout).toBe("waited\n");
    const waiter = r.trace.tasks.find((t) => t.kind === "thread" && t.label.startsWith("wait"))!;
    near(waiter.end!, 0.02, 0.001);
  });
});

describe("leaving `with ThreadPoolExecutor()` in a coroutine", () => {
  it("holds the event loop until the pool's threads are done, as CPython's shutdown(wait=True) does (tests/corpus)", () => {
    const name = "tests/corpus/pool_exit_blocks_loop";
    const recorded = JSON.parse(readFileSync(`${name}.json`, "utf8")) as { stdout: string };
    const r = engine.run(readFileSync(`${name}.py`, "utf8"), { trace: true });
    expect(r.stdout).toBe(recorded.stdout);
    // The timeline shows main blocking the loop from 0 to 2 s, named for what blocked it.
    const main = r.trace.tasks.find((t) => t.coro === "main")!;
    const held = r.trace.blocked!.find((b) => b.task === main.id)!;
    expect(held.label).toBe("ThreadPoolExecutor.shutdown(wait=True)");
    near(held.start, 0);
    near(held.end, 2.0);
  });
});
