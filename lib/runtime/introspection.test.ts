/**
 * Python 3.14's task introspection on our loop: `current_task`, `all_tasks`, and the call graph
 * (`print_call_graph`, `capture_call_graph`). Expected output follows asyncio/graph.py of Pyodide's
 * 3.14.2 stdlib (no CPython 3.14 on this machine to record it): the graph holds only the program's
 * frames and asyncio's, never the engine's. `print_call_graph()` of the current task lists its own
 * frame first: CPython 3.14.2 does too (python/cpython#156327, fixed in a later 3.14 release).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeEngine, type NodeEngine } from "./node-runtime";

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const withoutIds = (text: string) => text.replace(/\bid=0x[0-9a-f]+/g, "id=0x…");

describe("task introspection", () => {
  it("prints another task's call graph and who awaits it", () => {
    const r = engine.run(
      `import asyncio


async def leaf():
    await asyncio.sleep(1)


async def middle():
    await leaf()


async def main():
    print("current:", asyncio.current_task().get_name())
    async with asyncio.TaskGroup() as tg:
        worker = tg.create_task(middle(), name="worker")
        await asyncio.sleep(0.1)
        print(sorted(t.get_name() for t in asyncio.all_tasks()))
        asyncio.print_call_graph(worker)
        graph = asyncio.capture_call_graph()
        print([entry.frame.f_code.co_qualname for entry in graph.call_stack])
        print(worker.get_coro().__qualname__)


asyncio.run(main())
`,
      { filename: "graph.py" },
    );
    expect(r.error).toBeNull();
    expect(r.stderr).toBe("");
    expect(withoutIds(r.stdout)).toBe(`current: Task-1
['Task-1', 'worker']
* Task(name='worker', id=0x…)
  + Call stack:
  |   File '/lib/python314.zip/asyncio/tasks.py', line 702, in async sleep()
  |   File 'graph.py', line 5, in async leaf()
  |   File 'graph.py', line 9, in async middle()
  + Awaited by:
    * Task(name='Task-1', id=0x…)
      + Call stack:
      |   File 'graph.py', line 18, in async main()
['main']
middle
`);
  });

  it("prints the current task's graph from inside it", () => {
    const r = engine.run(
      `import asyncio


async def leaf():
    await asyncio.sleep(0.1)
    asyncio.print_call_graph()
    graph = asyncio.capture_call_graph()
    print("captured:", graph.future.get_name(), [f.frame.f_code.co_name for f in graph.call_stack],
          [a.future.get_name() for a in graph.awaited_by])


async def middle():
    await leaf()


async def main():
    print("current:", asyncio.current_task().get_name())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(middle(), name="worker")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
`,
      { filename: "graph.py" },
    );
    expect(r.error).toBeNull();
    expect(withoutIds(r.stdout)).toBe(`current: Task-1
* Task(name='worker', id=0x…)
  + Call stack:
  |   File '/lib/python314.zip/asyncio/graph.py', line 276, in print_call_graph()
  |   File 'graph.py', line 6, in async leaf()
  |   File 'graph.py', line 13, in async middle()
  + Awaited by:
    * Task(name='Task-1', id=0x…)
      + Call stack:
      |   File '/lib/python314.zip/asyncio/taskgroups.py', line 121, in async TaskGroup._aexit()
      |   File '/lib/python314.zip/asyncio/taskgroups.py', line 72, in async TaskGroup.__aexit__()
      |   File 'graph.py', line 18, in async main()
captured: worker ['leaf', 'middle'] ['Task-1']
['Task-1']
`);
  });
});
