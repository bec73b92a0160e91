/**
 * Every recorded run (lesson examples, playground starters) against what the engine produces now,
 * in one Pyodide: a recording can never drift from its program. When this fails after a change to
 * an example, the engine or the trace format, re-record with `npm run record` and look at the diff.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "@/lib/runtime/node-runtime";
import { drift } from "./compare";
import { parseRecording, recordedResult } from "./format";
import { recordedPrograms } from "./programs";
import { recordProgram, runWire } from "./record";
import { sourceHash } from "./source-hash";

const programs = recordedPrograms();
const short = (file: string) => path.relative(process.cwd(), file);

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

describe("recorded runs match the engine", () => {
  it("every lesson example and playground starter has a recording", () => {
    expect(programs.length).toBeGreaterThanOrEqual(60);
    expect(programs.some(({ id }) => id.startsWith("playground/"))).toBe(true);
    const missing = programs.filter(({ recording }) => !existsSync(recording));
    expect(
      missing.map(({ recording }) => short(recording)),
      "run `npm run record`",
    ).toEqual([]);
  });

  it.each(programs)("$id", ({ source, recording: file, options }) => {
    const code = readFileSync(source, "utf8");
    const recording = parseRecording(readFileSync(file, "utf8"), short(file));
    expect(recording.source, `${short(source)} changed since it was recorded: npm run record`).toBe(
      sourceHash(code),
    );
    expect(recording.options).toEqual(options);
    // What the page draws from it: the same expansion as a live run's.
    expect(recordedResult(recording).output.length).toBe(recording.result.trace.prints.length);
    expect(drift(recording, runWire(engine, code, options))).toBeNull();
  });
});

describe("the recording check", () => {
  const options = { filename: "demo.py", topLevelAwait: false };
  const sleeper = `import asyncio

async def main():
    await asyncio.sleep(1)
    print("done after", asyncio.get_running_loop().time())

asyncio.run(main())
`;

  it("fails for a changed program that was not re-recorded", () => {
    const recording = recordProgram(engine, sleeper, options);
    expect(recording.varies).toBeNull();
    const changed = sleeper.replace("sleep(1)", "sleep(2)");
    expect(recording.source).not.toBe(sourceHash(changed));
    expect(drift(recording, runWire(engine, changed, options))).toMatch(/recorded .*now/);
    expect(drift(recording, runWire(engine, sleeper, options))).toBeNull();
  });

  it("flags a program whose output depends on computing time, and still checks the rest", () => {
    const computing = `import asyncio, time

async def main():
    print("start")
    began = time.perf_counter()
    total = sum(i * i for i in range(300_000))
    print(f"computed {total} in {time.perf_counter() - began:.3f} s")

asyncio.run(main())
`;
    const recording = recordProgram(engine, computing, options);
    expect(recording.shown).toBe(true);
    expect(recording.varies).toEqual({ parts: [1], trace: true, computing: true });
    expect(drift(recording, runWire(engine, computing, options))).toBeNull();
    // A part not marked as varying must still match.
    const wrong = structuredClone(recording);
    wrong.result.trace.prints[0]![1] = "begin\n";
    expect(drift(wrong, runWire(engine, computing, options))).toMatch(/prints\[0\]/);
  });

  it("flags a program that creates its tasks in a set's order", () => {
    const fromSet = `import asyncio

async def fetch(n):
    await asyncio.sleep(n)
    return n

async def main():
    for done in asyncio.as_completed([fetch(3), fetch(1), fetch(2), fetch(4), fetch(5)]):
        print(await done)

asyncio.run(main())
`;
    const recording = recordProgram(engine, fromSet, options);
    // The output is in completion order, the same every time; which task is which is not.
    expect(recording.varies).toEqual({ parts: [], trace: true, computing: false });
    expect(drift(recording, runWire(engine, fromSet, options))).toBeNull();
  });

  it("marks an object's address, which differs from run to run", () => {
    const address = `import asyncio

async def main():
    print("a coroutine:", main())

asyncio.run(main())
`;
    const recording = recordProgram(engine, address, options);
    expect(recording.varies?.parts).toContain(0);
  });
});
