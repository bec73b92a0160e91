/** Limits, errors, warnings and isolation: every run ends cleanly and the next run still works. */
import { beforeAll, describe, expect, it } from "vitest";
import { warmUpEngine } from "./engine";
import { createNodeEngine, type NodeEngine } from "./node-runtime";
import type { RunResult } from "./trace";

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine({ interruptBuffer: new Int32Array(new SharedArrayBuffer(4)) });
});

const HEALTHY = `import asyncio

async def main():
    await asyncio.sleep(1)
    print("still fine", asyncio.current_task().get_name())

asyncio.run(main())
`;

/** The engine must stay usable after whatever the previous run did. */
function expectHealthy() {
  const r = engine.run(HEALTHY);
  expect(r.stdout).toBe("still fine Task-1\n");
  expect(r.error).toBeNull();
  expect(r.limit).toBeNull();
  expect(Math.abs(r.elapsed - 1)).toBeLessThan(0.05);
}

function expectCleanStop(r: RunResult) {
  expect(r.stderr).not.toContain("Task was destroyed but it is pending");
  expect(r.stderr).not.toContain("Traceback");
  expect(r.error).toBeNull();
}

describe("warm-up", () => {
  it("runs its whole program, ends on its deliberate error, and leaves the engine clean", () => {
    const r = warmUpEngine(engine.pyodide);
    expect(r.limit).toBeNull();
    expect(r.error?.type).toBe("RuntimeError");
    expect(r.stdout).toContain("ValueError('expected')");
    expect(r.stdout).toContain("42 {'n': 4, 'items': [4, 4, 4]} 3");
    expect(r.trace.tasks.some((task) => task.kind === "thread")).toBe(true);
    expectHealthy();
  });
});

describe("limits", () => {
  it("virtual time: a run past maxVirtualSeconds stops at the limit with tasks cancelled", () => {
    const r = engine.run(
      `import asyncio

async def ticker():
    try:
        while True:
            await asyncio.sleep(1)
            print("tick")
    finally:
        print("ticker cancelled cleanly")

async def main():
    await asyncio.gather(ticker(), asyncio.sleep(10_000))

asyncio.run(main())
`,
      { maxVirtualSeconds: 5.5 },
    );
    expect(r.limit).toMatchObject({ kind: "time" });
    expect(r.limit!.message).toContain("5.5 s");
    expect(r.stdout).toBe("tick\n".repeat(5) + "ticker cancelled cleanly\n");
    expect(Math.abs(r.elapsed - 5.5)).toBeLessThan(0.05);
    expectCleanStop(r);
    expect(r.trace.tasks.map((t) => t.outcome.kind)).toEqual([
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
    expectHealthy();
  });

  it("virtual time: the default limit is 600 s, also for blocking time.sleep", () => {
    const r = engine.run(`import time\nprint("start")\ntime.sleep(3600)\nprint("never")\n`);
    expect(r.limit).toMatchObject({ kind: "time" });
    expect(r.stdout).toBe("start\n");
    expect(r.elapsed).toBeCloseTo(600, 1);
    expectHealthy();
  });

  it("steps: `while True: await asyncio.sleep(0)` is stopped quickly", () => {
    const started = performance.now();
    const r = engine.run(`import asyncio

async def main():
    while True:
        await asyncio.sleep(0)

asyncio.run(main())
`);
    const wall = performance.now() - started;
    expect(r.limit).toMatchObject({ kind: "steps" });
    expect(r.limit!.message).toContain("step limit");
    expectCleanStop(r);
    // Under a second on a quiet machine; generous here because other work shares the CPU.
    expect(wall).toBeLessThan(5000);
    expect(r.trace.tasks[0]!.steps.length).toBeGreaterThan(1000);
    expectHealthy();
  });

  it("deadlock: every task waiting and no timer pending, named in the message", () => {
    const r = engine.run(`import asyncio

async def consumer(queue):
    print("waiting for an item")
    await queue.get()

async def main():
    queue = asyncio.Queue()
    done = asyncio.Event()
    asyncio.create_task(consumer(queue))
    await done.wait()

asyncio.run(main())
`);
    expect(r.limit?.kind).toBe("deadlock");
    expect(r.limit!.message).toBe(
      "deadlock: every task is waiting and no timer is pending " +
        "(Task-1 main() waits on Event.wait, Task-2 consumer(<Queue>) waits on Queue.get)",
    );
    expect(r.stdout).toBe("waiting for an item\n");
    expectCleanStop(r);
    expectHealthy();
  });

  it("output: a print flood is capped with a note and stopped", () => {
    const r = engine.run(
      `import asyncio

async def main():
    i = 0
    while True:
        print("line", i)
        i += 1
        await asyncio.sleep(0.01)

asyncio.run(main())
`,
      { maxOutputLines: 100 },
    );
    expect(r.limit?.kind).toBe("output");
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(100);
    expect(r.stdout.endsWith("line 99\n")).toBe(true);
    expect(r.stderr).toContain("[output truncated: output limit");
    expect(r.stderr).not.toContain("Task was destroyed");
    expectHealthy();
  });

  it("output: the character cap applies too", () => {
    const r = engine.run(`print("x" * 1000)\nprint("more")\n`, { maxOutputBytes: 300 });
    expect(r.limit?.kind).toBe("output");
    expect(r.stdout).toBe("x".repeat(300));
    expectHealthy();
  });

  it("stop: KeyboardInterrupt from the interrupt buffer ends the run as 'stopped'", () => {
    withStopButton((buffer) => {
      const r = engine.run(`import asyncio
from js import __pressStop

async def spin():
    print("spinning")
    __pressStop()  # a first press would cancel spin() at its next await, which never comes;
    __pressStop(15)  # a second press stops it at once (stop.test.ts has the rest)
    while True:
        pass

asyncio.run(spin())
`);
      expect(r.limit).toMatchObject({ kind: "stopped" });
      expect(r.stdout).toBe("spinning\n");
      expectCleanStop(r);
      expect(Atomics.load(buffer, 0)).toBe(0);
      expectHealthy();
    });
  });

  it("stop: a press while the engine formats the program's error is dropped", () => {
    withStopButton(() => {
      // The program's own __str__ runs inside the engine's error formatting: the press lands there.
      const r = engine.run(`from js import __pressStop as press

class Late(Exception):
    def __str__(self):
        press()
        for _ in range(1000):
            pass
        return "pressed while formatting"

raise Late()
`);
      expect(r.limit).toBeNull();
      expect(r.error).toMatchObject({ type: "Late", message: "pressed while formatting" });
      expect(r.stderr).toContain("Late: pressed while formatting\n");
      expectHealthy();
    });
  });

  it("stop: a press between runs is dropped instead of raising into the engine", () => {
    withStopButton((buffer) => {
      expectHealthy();
      Atomics.store(buffer, 0, 2);
      engine.pyodide.runPython("total = 0\nfor i in range(1000):\n    total += i\n");
      expect(Atomics.load(buffer, 0)).toBe(0);
      expectHealthy();
    });
  });
});

/** Gives programs `from js import __pressStop`, which presses Stop the way the page does. */
function withStopButton(body: (buffer: Int32Array) => void) {
  const buffer = new Int32Array(new SharedArrayBuffer(4));
  engine.pyodide.setInterruptBuffer(buffer);
  (globalThis as Record<string, unknown>).__pressStop = (signal = 2) =>
    Atomics.store(buffer, 0, signal);
  try {
    body(buffer);
  } finally {
    delete (globalThis as Record<string, unknown>).__pressStop;
  }
}

describe("errors and warnings", () => {
  it("an exception whose __str__ fails is reported the way CPython prints it", () => {
    const r = engine.run(
      `class Odd(Exception):\n    def __str__(self):\n        return 1 / 0\n\nraise Odd()\n`,
    );
    expect(r.error).toMatchObject({ type: "Odd", message: "<exception str() failed>", line: 5 });
    expect(r.stderr).toContain("Odd: <exception str() failed>");
    expectHealthy();
  });

  it("syntax errors report line and column, CPython-style", () => {
    const r = engine.run(`import asyncio\n\nasync def main():\n    x = (1,\n    print(x)\n`);
    expect(r.error).toMatchObject({
      type: "SyntaxError",
      message: "'(' was never closed",
      line: 4,
      column: 9,
    });
    expect(r.stderr).toBe(
      `  File "main.py", line 4\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n`,
    );
    expectHealthy();
  });

  it("compiler errors show the offending line too, and top-level await needs the option", () => {
    const code = `import asyncio\nprint("a")\nawait asyncio.sleep(1)\n`;
    const r = engine.run(code);
    // The message says the line once: `line` carries it, not "(main.py, line 3)" as str() would.
    expect(r.error).toMatchObject({
      type: "SyntaxError",
      message: "'await' outside function",
      line: 3,
      column: 1,
    });
    expect(r.stderr).toBe(
      `  File "main.py", line 3\n    await asyncio.sleep(1)\n    ${"^".repeat(22)}\n` +
        "SyntaxError: 'await' outside function\n",
    );
    expect(engine.run(code, { topLevelAwait: true }).stdout).toBe("a\n");
  });

  it("uncaught exceptions show a traceback of user frames only", () => {
    const r = engine.run(
      `import asyncio

async def parse(text):
    await asyncio.sleep(0.5)
    return int(text)

async def main():
    print(await parse("12"))
    print(await parse("twelve"))

asyncio.run(main())
`,
      { filename: "parse.py" },
    );
    expect(r.stdout).toBe("12\n");
    expect(r.error).toMatchObject({ type: "ValueError", line: 5 });
    expect(r.error!.message).toBe("invalid literal for int() with base 10: 'twelve'");
    expect(r.stderr).toBe(r.error!.traceback);
    const frames = r.stderr.split("\n").filter((l) => l.startsWith("  File "));
    expect(frames).toEqual([
      '  File "parse.py", line 11, in <module>',
      '  File "parse.py", line 9, in main',
      '  File "parse.py", line 5, in parse',
    ]);
    expect(r.stderr).not.toMatch(/runners\.py|base_events\.py|tasks\.py|asyncio_live/);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe(
      "ValueError: invalid literal for int() with base 10: 'twelve'",
    );
    expectHealthy();
  });

  it("a coroutine that is never awaited warns on stderr like CPython", () => {
    const r = engine.run(`import asyncio

async def greet():
    print("hello")

async def main():
    greet()
    print("forgot")

asyncio.run(main())
`);
    expect(r.stdout).toBe("forgot\n");
    expect(r.stderr).toContain(
      "main.py:7: RuntimeWarning: coroutine 'greet' was never awaited\n  greet()\n",
    );
    expectHealthy();
  });

  it("an exception nobody retrieves is reported when the task is collected", () => {
    const r = engine.run(`import asyncio

async def explode():
    raise ValueError("nobody is listening")

async def main():
    asyncio.create_task(explode())
    await asyncio.sleep(0.5)

asyncio.run(main())
`);
    expect(r.stderr).toContain("Task exception was never retrieved\n");
    expect(r.stderr).toContain(`  File "main.py", line 4, in explode\n`);
    expect(r.stderr).not.toContain("asyncio_live");
  });
});

describe("a Stop that came before the run began", () => {
  it("ends the run as stopped without running the program", () => {
    const r = engine.run(`print("must not print")\n`, { stopped: true });
    expect(r.stdout).toBe("");
    expect(r.error).toBeNull();
    expect(r.limit?.kind).toBe("stopped");
    expectHealthy();
  });
});

describe("what a browser cannot do", () => {
  it("input() ends in an EOFError that says why", () => {
    const r = engine.run(`name = input("name? ")\nprint(name)\n`);
    expect(r.stdout).toBe("name? ");
    expect(r.error).toMatchObject({ type: "EOFError", line: 1 });
    expect(r.error!.message).toContain("without a keyboard");
    expectHealthy();
  });

  it("os._exit(n) ends the run like sys.exit(n) instead of killing Python", () => {
    const r = engine.run(`import os\nprint("before")\nos._exit(3)\nprint("after")\n`);
    expect(r.stdout).toBe("before\n");
    expect(r.error).toMatchObject({ type: "SystemExit", message: "3" });
    expectHealthy();
  });

  it("threading.Thread fails with a note that points to asyncio.to_thread", () => {
    const r = engine.run(`import threading\nthreading.Thread(target=print).start()\n`);
    expect(r.error?.type).toBe("RuntimeError");
    expect(r.stderr).toContain("asyncio.to_thread and loop.run_in_executor are emulated");
    expectHealthy();
  });
});

describe("isolation between runs", () => {
  it("globals, __name__, task numbering and patched modules do not leak", () => {
    const first = engine.run(`import asyncio, time
leak = 41
async def main():
    print(asyncio.current_task().get_name())
asyncio.run(main())
asyncio.run(main())
print(__name__)
`);
    // Task-4, as in CPython: closing the first loop ran two housekeeping tasks (Task-2, Task-3).
    expect(first.stdout).toBe("Task-1\nTask-4\n__main__\n");
    const second = engine.run(`import asyncio
print("leak" in globals(), __name__)
async def main():
    print(asyncio.current_task().get_name())
asyncio.run(main())
`);
    expect(second.stdout).toBe("False __main__\nTask-1\n");
    const restored = engine.pyodide.runPython(`
import asyncio, time, sys, builtins
from asyncio_live.clock import ORIGINALS
[time.time is ORIGINALS["time"], time.sleep is ORIGINALS["sleep"],
 type(sys.stdout).__name__ != "StreamWriter", asyncio.run is not asyncio.runners.run,
 asyncio.events._get_running_loop() is not None]
`) as { toJs(): boolean[]; destroy(): void };
    expect(restored.toJs()).toEqual([true, true, true, true, true]);
    restored.destroy();
  });

  it("user modules written by a program are dropped afterwards", () => {
    const r = engine.run(`import sys, types
m = types.ModuleType("helper_mod")
m.__file__ = "/home/pyodide/helper_mod.py"
sys.modules["helper_mod"] = m
print("helper_mod" in sys.modules)
`);
    expect(r.stdout).toBe("True\n");
    const after = engine.run(`import sys\nprint("helper_mod" in sys.modules)\n`);
    expect(after.stdout).toBe("False\n");
  });

  it("sys settings and names patched in builtins or asyncio are put back", () => {
    const r = engine.run(`import asyncio, builtins, sys
sys.setrecursionlimit(60)
sys.set_int_max_str_digits(640)
sys.tracebacklimit = 0
sys.path.append("/nowhere")
builtins.print = lambda *a, **k: None
builtins.extra = 1
async def fake_sleep(*a):
    raise RuntimeError("patched")
asyncio.sleep = fake_sleep
`);
    expect(r.error).toBeNull();
    const after = engine.run(`import sys
print(sys.getrecursionlimit(), sys.get_int_max_str_digits(), hasattr(sys, "tracebacklimit"))
print("/nowhere" in sys.path, "extra" in dir(__builtins__))
`);
    expect(after.stdout).toBe("1000 4300 False\nFalse False\n");
    expectHealthy();
  });
});

describe("deep recursion", () => {
  it("a million-frame RecursionError ends the run with CPython's collapsed traceback", () => {
    const r = engine.run(
      `import sys\nsys.setrecursionlimit(10**6)\n\ndef f(n):\n    return f(n + 1)\n\nf(0)\n`,
      { filename: "deep.py" },
    );
    expect(r.error).toMatchObject({ type: "RecursionError", line: 5 });
    const lines = r.stderr.split("\n");
    expect(lines.length).toBeLessThan(40);
    expect(lines.filter((l) => l.startsWith("  File "))).toEqual([
      '  File "deep.py", line 7, in <module>',
      '  File "deep.py", line 5, in f',
      '  File "deep.py", line 5, in f',
      '  File "deep.py", line 5, in f',
    ]);
    // Every frame of f is counted, though the engine formats only a thousand of them.
    const repeated = Number(/\[Previous line repeated (\d+) more times\]/.exec(r.stderr)?.[1]);
    expect(repeated).toBeGreaterThan(900_000);
    expectHealthy();
  }, 120_000);
});
