/**
 * Virtual time is the same on every run and at any load: short computing between awaits costs
 * nothing (see FREE_COMPUTE in clock.py), long computing costs what it takes beyond that allowance.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "./node-runtime";

let engine: NodeEngine;
let spinners: ChildProcess[] = [];

beforeAll(async () => {
  engine = await createNodeEngine();
  // Busy processes, one per core, compete with the engine for the CPU during these tests.
  spinners = [0, 1].map(() => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
});

afterAll(() => {
  for (const child of spinners) child.kill("SIGKILL");
});

// 50 tasks take 20 short steps each (1,000 steps, tens of ms of wall time in all) and print the
// clock as they go.
const MANY_SHORT_STEPS = `import asyncio
import time

start = time.perf_counter()


async def worker(n):
    for step in range(20):
        await asyncio.sleep(0.01 * (n % 3 + 1))
        text = ",".join(str(i * n) for i in range(50))
    return f"{n}: {time.perf_counter() - start:.6f} {asyncio.get_running_loop().time():.6f}"


async def main():
    results = await asyncio.gather(*(worker(n) for n in range(50)))
    for line in results[:3]:
        print(line)
    await asyncio.sleep(0.5)
    print(f"end {time.perf_counter() - start:.6f}")


asyncio.run(main())
`;

describe("virtual time under CPU load", () => {
  it("prints exact times for a program of many short steps", () => {
    for (let run = 0; run < 3; run++) {
      const r = engine.run(MANY_SHORT_STEPS);
      expect(r.error).toBeNull();
      expect(r.stdout).toBe(
        "0: 0.200000 0.200000\n1: 0.400000 0.400000\n2: 0.600000 0.600000\nend 1.100000\n",
      );
      expect(r.elapsed).toBeCloseTo(1.1, 9);
    }
  });

  it("charges a long computation in full: the loop's timers wait for it", () => {
    const r = engine.run(`import asyncio
import time

ticks = 0


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0.01)
        ticks += 1


async def main():
    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.1)
    loop = asyncio.get_running_loop()
    before, seen = loop.time(), ticks
    total = sum(i * i for i in range(2_000_000))
    spent = loop.time() - before
    print(f"computed {total}, {ticks - seen} ticks meanwhile")
    await asyncio.sleep(0.001)
    print("spent", spent, "ticks caught up", ticks - seen)
    task.cancel()


asyncio.run(main())
`);
    expect(r.error).toBeNull();
    const [first, second] = r.stdout.trim().split("\n");
    expect(first).toBe("computed 2666664666667000000, 0 ticks meanwhile");
    const [, spent, caughtUp] = /^spent (\S+) ticks caught up (\d+)$/.exec(second!)!;
    // Two million squares take 0.4 s and more in WebAssembly: well past the free allowance. The ticker,
    // overdue meanwhile, ticks once when the loop gets control back, as in CPython.
    expect(Number(spent)).toBeGreaterThan(0.05);
    expect(Number(caughtUp)).toBe(1);
    expect(r.elapsed).toBeGreaterThan(0.15);
  });

  it("lets a busy loop that reads the clock end", () => {
    const r = engine.run(`import time

start = time.perf_counter()
while time.perf_counter() - start < 0.3:
    pass
print(f"{time.perf_counter() - start:.1f}")
`);
    expect(r.stdout).toBe("0.3\n");
    expect(r.elapsed).toBeGreaterThanOrEqual(0.3);
  });

  it("keeps loop.time() on time.monotonic()'s clock, as CPython does, so timeout_at(monotonic() + d) works", () => {
    const r = engine.run(`import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print(abs(loop.time() - time.monotonic()) < 1e-6)
    try:
        async with asyncio.timeout_at(time.monotonic() + 1):
            await asyncio.sleep(5)
    except TimeoutError:
        print(f"timed out at {loop.time():.1f}")


asyncio.run(main())
`);
    expect(r.stdout).toBe("True\ntimed out at 1.0\n");
  });

  it("debug mode reports the virtual time a blocking call held the loop, as CPython words it", () => {
    const r = engine.run(
      `import asyncio
import time


async def main():
    time.sleep(0.2)
    await asyncio.sleep(0.1)
    time.sleep(0.05)


asyncio.run(main(), debug=True)
`,
      { filename: "slow.py" },
    );
    expect(r.error).toBeNull();
    // One warning: the 0.05 s step is under slow_callback_duration (0.1 s).
    expect(r.stderr).toMatch(
      /^Executing <Task pending name='Task-1' coro=<main\(\) running at slow\.py:7> wait_for=<Future pending cb=\[Task\.task_wakeup\(\)\] created at \S+\/asyncio\/base_events\.py:\d+> cb=\[_run_until_complete_cb\(\) at \S+\/asyncio\/base_events\.py:\d+\] created at \S+\/asyncio\/runners\.py:\d+> took 0\.200 seconds\n$/,
    );
    expect(r.elapsed).toBeCloseTo(0.35, 9);
  });

  it("writing the slow-callback warning is not charged to the program, however long it takes", () => {
    // A log handler that computes for a while stands in for a busy browser formatting the warning.
    const r = engine.run(`import asyncio, logging, time


class SlowHandler(logging.Handler):
    def emit(self, record):
        sum(i * i for i in range(2_000_000))  # 0.4-0.6 s of computing here


logging.getLogger("asyncio").addHandler(SlowHandler())


async def main():
    time.sleep(0.2)
    await asyncio.sleep(0.1)
    print(f"{asyncio.get_running_loop().time():.3f}")


asyncio.run(main(), debug=True)
`);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("0.300\n");
    expect(r.elapsed).toBeCloseTo(0.3, 9);
  });
});
