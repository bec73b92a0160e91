/**
 * "coroutine ... was never awaited" names the reader's file and line wherever the coroutine object
 * is dropped: at once (CPython's own warning), when a task's frame is cleared, by the collector or
 * at the end of the run (CPython would name asyncio, the engine or `<sys>:0` there; we name the
 * line that created it, where the missing `await` belongs).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "./node-runtime";

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const ENGINE_PATHS = /asyncio_live|runner\.py|events\.py|<sys>|python3\d+\.zip/;

/** The warnings' "file:line: RuntimeWarning: ..." headers and the source line under each. */
function warnings(stderr: string): string[] {
  const lines = stderr.split("\n");
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (line.includes("RuntimeWarning: coroutine")) out.push(`${line}\n${lines[i + 1] ?? ""}`);
  });
  return out;
}

const FETCH = `import asyncio


async def fetch_price():
    await asyncio.sleep(1)
    return 3
`;

describe("the never-awaited warning", () => {
  it("names the line of a coroutine kept in a variable of main and dropped when main returns", () => {
    const r = engine.run(
      `${FETCH}

async def main():
    prices = fetch_price()
    print("got", type(prices).__name__)


asyncio.run(main())
`,
      { filename: "prices.py" },
    );
    expect(r.stdout).toBe("got coroutine\n");
    expect(warnings(r.stderr)).toEqual([
      "prices.py:10: RuntimeWarning: coroutine 'fetch_price' was never awaited\n" +
        "  prices = fetch_price()",
    ]);
    expect(r.stderr).not.toMatch(ENGINE_PATHS);
  });

  it("names the creating line when the collector frees it at the end of the run (a cycle)", () => {
    const r = engine.run(
      `${FETCH}

class Box:
    pass


async def main():
    box = Box()
    box.me = box
    box.coro = fetch_price()


asyncio.run(main())
print("done")
`,
      { filename: "cycle.py" },
    );
    expect(r.stdout).toBe("done\n");
    expect(warnings(r.stderr)).toEqual([
      "cycle.py:16: RuntimeWarning: coroutine 'fetch_price' was never awaited\n" +
        "  box.coro = fetch_price()",
    ]);
    expect(r.stderr).not.toMatch(ENGINE_PATHS);
  });

  it("names a module-level variable's line (CPython says <sys>:0 at exit)", () => {
    const r = engine.run(`${FETCH}

prices = fetch_price()
`);
    expect(warnings(r.stderr)).toEqual([
      "main.py:9: RuntimeWarning: coroutine 'fetch_price' was never awaited\n" +
        "  prices = fetch_price()",
    ]);
  });

  it("in the lesson 3 exercise's starter, names both forgotten calls after the traceback", () => {
    const path = "../../content/lessons/03-await-and-run/exercises/await-the-prices/starter.py";
    const code = readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
    // The exercise runs its code as exercise.py (components/exercise/ExerciseView.tsx).
    const r = engine.run(code, { filename: "exercise.py" });
    expect(r.error?.type).toBe("TypeError");
    const warned = warnings(r.stderr);
    expect(warned).toEqual([
      "exercise.py:12: RuntimeWarning: coroutine 'fetch_price' was never awaited\n" +
        '  apple = fetch_price("apple")',
      "exercise.py:13: RuntimeWarning: coroutine 'fetch_price' was never awaited\n" +
        '  pear = fetch_price("pear")',
    ]);
    expect(r.stderr.indexOf("TypeError:")).toBeLessThan(r.stderr.indexOf("RuntimeWarning"));
    expect(r.stderr).not.toMatch(ENGINE_PATHS);
  });

  it("in the playground (top-level await, main.py), names the line too", () => {
    const r = engine.run(
      `${FETCH}

async def later():
    pending = fetch_price()
    await asyncio.sleep(0)

await later()
`,
      { filename: "main.py", topLevelAwait: true },
    );
    expect(warnings(r.stderr)).toEqual([
      "main.py:10: RuntimeWarning: coroutine 'fetch_price' was never awaited\n" +
        "  pending = fetch_price()",
    ]);
  });

  it("warns once per line, like CPython's registry, and still where the call is dropped at once", () => {
    const r = engine.run(`${FETCH}

async def main():
    for _ in range(3):
        fetch_price()


asyncio.run(main())
`);
    expect(warnings(r.stderr)).toEqual([
      "main.py:11: RuntimeWarning: coroutine 'fetch_price' was never awaited\n" + "  fetch_price()",
    ]);
  });

  it("in asyncio debug mode, lists where it was created without the engine's frames", () => {
    const r = engine.run(`${FETCH}

async def main():
    prices = fetch_price()


asyncio.run(main(), debug=True)
`);
    expect(r.stderr).toContain(
      "main.py:10: RuntimeWarning: coroutine 'fetch_price' was never awaited\n" +
        "Coroutine created at (most recent call last)\n",
    );
    expect(r.stderr).toContain('  File "main.py", line 10, in main\n    prices = fetch_price()\n');
    expect(r.stderr).not.toContain("asyncio_live");
  });

  it("leaves no origin tracking behind for the next run", () => {
    engine.run(`${FETCH}\nfetch_price()\n`);
    const r = engine.run("import sys\nprint(sys.get_coroutine_origin_tracking_depth())\n");
    // The run itself tracks one frame; between runs nothing is changed.
    expect(r.stdout).toBe("1\n");
    const after = engine.pyodide.runPython("import sys; sys.get_coroutine_origin_tracking_depth()");
    expect(after).toBe(0);
  });
});
