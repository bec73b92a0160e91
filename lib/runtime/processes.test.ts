/** Processes cannot start in a browser: a process pool says so and points to threads. */
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "./node-runtime";

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const MESSAGE =
  "NotImplementedError: ProcessPoolExecutor cannot run here: a browser page cannot start " +
  "processes. For blocking I/O use asyncio.to_thread(...) or a ThreadPoolExecutor (emulated " +
  "threads); CPU-bound work has no parallel option in the browser and runs in the event loop's " +
  "thread\n";

describe("process pools", () => {
  it("loop.run_in_executor(ProcessPoolExecutor()) fails on the user's line with a clear message", () => {
    const r = engine.run(
      `import asyncio
import concurrent.futures


def crunch(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, crunch, 1000))


asyncio.run(main())
`,
      { filename: "pool.py" },
    );
    expect(r.error?.type).toBe("NotImplementedError");
    expect(r.error?.line).toBe(11);
    expect(r.stderr.endsWith(MESSAGE)).toBe(true);
    expect(r.stderr).not.toContain("multiprocessing");
  });

  it("so does `from concurrent.futures import ProcessPoolExecutor`, and the next run is clean", () => {
    const r = engine.run(`from concurrent.futures import ProcessPoolExecutor

with ProcessPoolExecutor() as pool:
    print(list(pool.map(abs, [-1, -2])))
`);
    expect(r.stderr.endsWith(MESSAGE)).toBe(true);
    // Outside a run, the interpreter's own classes are back.
    const restored = engine.pyodide.runPython(`import asyncio, concurrent.futures
(asyncio.run_coroutine_threadsafe.__code__.co_filename.endswith("asyncio/tasks.py"),
 concurrent.futures.ProcessPoolExecutor.__init__.__code__.co_filename.endswith("process.py"))`);
    expect(restored.toJs()).toEqual([true, true]);
    restored.destroy();
  });
});
