/**
 * The result of one run and its trace: the single documented contract between the Python engine
 * (lib/runtime/python/asyncio_live) and everything that draws or checks a run (timeline, exercises).
 *
 * All times are *virtual* seconds since the run started: waiting for a timer costs nothing, running
 * Python code costs its wall time, `time.sleep(s)` costs `s`.
 *
 * Python sends a compact "wire" form (flat number runs, one shared table of wait descriptions) so the
 * crossing stays cheap for 10,000 tasks; `parseRunResult` validates it and expands it into the
 * object shapes below.
 */
import { z } from "zod";

const int = z.number().int();
const time = z.number();

/** One print / stderr write. `task` is the trace id of the task (or thread) that wrote it. */
export const OutputPartSchema = z.object({
  stream: z.enum(["stdout", "stderr"]),
  text: z.string(),
  /** Virtual time of the write. */
  t: time,
  /** Trace task id, or null when written outside any task (top level, engine notes). */
  task: int.nullable(),
});
export type OutputPart = z.infer<typeof OutputPartSchema>;

const label = z.string();
const simpleKinds = [
  "start",
  "yield",
  "future",
  "queue.get",
  "queue.put",
  "queue.join",
  "event.wait",
  "lock",
  "semaphore",
  "condition",
  "barrier",
  "as_completed",
] as const;

/**
 * What a waiting task waits on. Every variant has a human `label` ("sleep(2)", "fetch_data(1)",
 * "gather(3)", "Queue.get"). Task ids refer to `Trace.tasks[].id`.
 */
export const AwaitingSchema = z.discriminatedUnion("kind", [
  /** `await asyncio.sleep(seconds)` with seconds > 0. */
  z.object({ kind: z.literal("sleep"), seconds: z.number(), label }),
  /** Awaiting another task (`await task`). */
  z.object({ kind: z.literal("task"), task: int, label }),
  /** Awaiting a worker thread (`to_thread`, `run_in_executor`). */
  z.object({ kind: z.literal("thread"), task: int, label }),
  /** `asyncio.gather(...)` over these tasks. */
  z.object({ kind: z.literal("gather"), tasks: z.array(int), label }),
  /** `asyncio.wait(...)` over these tasks. */
  z.object({ kind: z.literal("wait"), tasks: z.array(int), label }),
  /** End of an `async with TaskGroup()` block, waiting for these children. */
  z.object({ kind: z.literal("taskgroup"), tasks: z.array(int), label }),
  /** `asyncio.wait_for(aw, timeout)`; `task` when the awaited thing is a known task. */
  z.object({
    kind: z.literal("wait_for"),
    timeout: z.number().nullable(),
    task: int.optional(),
    label,
  }),
  /**
   * A request on the course's simulated web (lib/runtime/python/simweb.py): `label` is
   * "GET https://api.example/users/1", with " → 200" (the status) or " → ReadTimeout" (the error's
   * type, "cancelled" when the waiting task was cancelled) added once it ended. `status` and `error`
   * stay null while the request is still in flight when the run ends.
   */
  z.object({
    kind: z.literal("request"),
    method: z.string(),
    url: z.string(),
    status: int.nullable(),
    error: z.string().nullable(),
    label,
  }),
  /** `start` = not started yet; `yield` = `sleep(0)`; `future` = anything else. */
  z.object({ kind: z.enum(simpleKinds), label }),
]);
export type Awaiting = z.infer<typeof AwaitingSchema>;

/** A span in which the task ran (one step of its coroutine). */
export interface Step {
  start: number;
  end: number;
  /** User-code line where the step suspended or finished (innermost frame of the user's file). */
  line: number | null;
}

/** A span between two steps in which the task waited. */
export interface Wait {
  start: number;
  /** When it was woken (became ready). `readyAt..end` is ready-but-not-running time; null when the
   * run stopped before it was woken. */
  readyAt: number | null;
  /** When it resumed; null when the run stopped while it was still waiting. */
  end: number | null;
  awaiting: Awaiting;
  /** User-code line of the `await`. */
  line: number | null;
}

export const OutcomeSchema = z.discriminatedUnion("kind", [
  /** Returned; `repr` is a short repr of the return value. */
  z.object({ kind: z.literal("result"), repr: z.string() }),
  z.object({ kind: z.literal("exception"), type: z.string(), message: z.string() }),
  /** `byStop`: the main task of `asyncio.run`, cancelled because the reader pressed Stop. */
  z.object({ kind: z.literal("cancelled"), byStop: z.boolean().optional() }),
  /** The run stopped (limit, error) before the task finished. */
  z.object({ kind: z.literal("pending") }),
]);
export type Outcome = z.infer<typeof OutcomeSchema>;

export interface TraceTask {
  /** 1-based id, in creation order. */
  id: number;
  /** `Task-N` (CPython's numbering for a fresh process), the given name, or `Thread-N`. */
  name: string;
  /** Coroutine (or thread function) qualified name, e.g. `fetch_data`. */
  coro: string;
  /** What a reader recognises: the call with short argument reprs, e.g. `fetch_data(2)`. */
  label: string;
  /** "task"; "thread" for an emulated worker thread; "main" for the top-level-await program. */
  kind: "task" | "thread" | "main";
  /** Id of the task that created it, or null (created at top level). */
  parent: number | null;
  /** Virtual time of creation and the user-code line that created it. */
  created: number;
  createdLine: number | null;
  /** Running spans, in order. A task is ready (not yet running) from `created` until its first
   * step; the gaps between later steps are `waits`. */
  steps: Step[];
  /** `waits[i]` lies between `steps[i]` and `steps[i + 1]`. Their `awaiting` objects may be shared
   * between waits (one table on the wire): treat them as read-only. */
  waits: Wait[];
  /** Virtual time it finished, or null if it never did. */
  end: number | null;
  outcome: Outcome;
}

/** A blocking call (`time.sleep`): the thread was held, computing nothing, and nothing else ran
 * (a task's blocked span lies inside one of its steps). */
export interface Blocked {
  /** Trace task id, or null for code outside any task (the top level). */
  task: number | null;
  start: number;
  end: number;
  /** User-code line of the call. */
  line: number | null;
  /** The call, e.g. "time.sleep(1)". */
  label: string;
}

/** A span in which code outside any event loop ran (a plain script, or the code around
 * `asyncio.run`), and what it then waited for. */
export interface TopLevelSpan {
  start: number;
  end: number;
  /** Where it started an event loop; null for the span that ends the program. */
  line: number | null;
  /** What it then waits for, e.g. "asyncio.run(main())"; null for the span that ends the
   * program. It waits until the next span starts. */
  then: string | null;
}

/**
 * What the event loop itself did, one record per loop iteration (the "Event loop" view). A loop
 * iteration waits for the next timer (the virtual clock jumps), moves the timers now due to the
 * ready queue, then runs every handle that was ready when it started, in order: so an iteration's
 * `handles` are also its ready queue. Between iterations `p - 1` and `p` (the view's "position"
 * p), the ready queue is `iterations[p].handles` without the last `fired` (those are still timers).
 *
 * Bounded: handles are listed for the first `LOOP_DETAIL_HANDLES` handles a run executes; later
 * iterations (index `detail` on) keep only their time and counts, and their `handles` are empty.
 */
export interface LoopTrace {
  iterations: LoopIteration[];
  /** Every timer set while the loop was recorded in detail, in the order they were set. */
  timers: LoopTimer[];
  /** Index of the first iteration recorded only as counts; null when all are in detail. */
  detail: number | null;
  /** The detail window, in handles run (LOOP_DETAIL_HANDLES of the engine that made it). */
  detailLimit: number;
  /** The task id of every task step, in the order the steps ran (`stepTasks[k]`: whose step was
   * the run's k-th). An iteration's `stepsBefore` counts into it, so the task trace can be read
   * "as it was then". Typed: a 100,000-task run makes 200,000 steps, and a typed array crosses
   * from the worker as one block (an array of pairs made that run's loop trace several times
   * slower to copy). */
  stepTasks: Int32Array;
  /** The user's coroutines a task was suspended in after a step, when it was more than its own:
   * `[task id, index in its steps, ["main", "helper"]]`, outermost first (the coroutine part of
   * `asyncio.capture_call_graph`). Recorded in the detail window only. */
  stacks: [number, number, string[]][];
}

export interface LoopIteration {
  /** Virtual time at which it ran its handles (after the clock jumped to its timers). */
  t: number;
  /** Task steps recorded before it (an index into `LoopTrace.stepTasks`). */
  stepsBefore: number;
  /** How many of its handles were timers that came due as it started (the last `fired`). */
  fired: number;
  /** Handles it ran (cancelled ones are skipped, as the loop skips them). */
  count: number;
  /** The handles, in the order it ran them; empty outside the detail window. */
  handles: LoopHandle[];
}

/** One callback the loop ran. `scheduled`: how many of the next iteration's handles had been
 * scheduled once it returned (what it, and the handles before it, added to the ready queue). */
export type LoopHandle =
  /** A step of a traced task: `step` indexes `Trace.tasks[task - 1].steps`. */
  | { kind: "step"; task: number; step: number; scheduled: number }
  /** Any other callback, named in words ("sleep(2) ends", "gather: a child is done"), with the
   * task it concerns (the sleeper, the finished child) when there is one. */
  | { kind: "callback"; label: string; task: number | null; scheduled: number };

/** A timer (`loop.call_at` / `call_later`: a sleep, a timeout, a `call_later` callback). */
export interface LoopTimer {
  /** Virtual time it is due at. */
  due: number;
  /** It is pending at positions `added <= p < removed` (see `LoopTrace`); `removed` null: it
   * never fired nor was cancelled. A timer that fires at iteration i has `removed` i + 1 and
   * sits in that iteration's ready queue. */
  added: number;
  removed: number | null;
  cancelled: boolean;
  /** The task that set it (whose sleep or timeout it ends), or null. */
  task: number | null;
  /** What it runs, in words: "sleep(2) ends", "timeout expires", "tick()". */
  label: string;
}

export interface Trace {
  version: 1;
  /** Virtual time at which the run ended (after cleanup). */
  end: number;
  tasks: TraceTask[];
  /** Every print, tagged with task and time; the same array as `RunResult.output`. */
  prints: OutputPart[];
  /** Spans in which the loop sat idle waiting for a timer (the clock jumped over them). */
  idle: { start: number; end: number }[];
  /** Blocking calls in time order per task; absent in results from before they were recorded. */
  blocked?: Blocked[];
  /** When code outside any event loop ran, in order; absent in older results. */
  toplevel?: TopLevelSpan[];
  /** What the event loop did per iteration; absent when not recorded (`loopTrace: false`, older
   * engines). */
  loop?: LoopTrace;
}

/** Handles recorded one by one per run (see `LoopTrace`). Must match DETAIL_HANDLES in
 * lib/runtime/python/asyncio_live/loop_trace.py. */
export const LOOP_DETAIL_HANDLES = 20_000;

export const RunErrorSchema = z.object({
  /** Exception class name, e.g. "ValueError", "SyntaxError". */
  type: z.string(),
  message: z.string(),
  /** Innermost user-code line (for a SyntaxError: its line and 1-based column). */
  line: int.nullable(),
  column: int.nullable(),
  /** Traceback as CPython prints it, with only the user's frames. */
  traceback: z.string(),
});
export type RunError = z.infer<typeof RunErrorSchema>;

export const RunLimitSchema = z.object({
  kind: z.enum(["time", "steps", "output", "deadlock", "stopped"]),
  message: z.string(),
});
export type RunLimit = z.infer<typeof RunLimitSchema>;

export interface RunResult {
  stdout: string;
  stderr: string;
  /** All output in order, as typed parts (never HTML). Same array as `trace.prints`. */
  output: OutputPart[];
  /** Uncaught exception, or null. */
  error: RunError | null;
  /** Why the run was stopped early, or null. */
  limit: RunLimit | null;
  /** Virtual seconds the program took. */
  elapsed: number;
  /** Wall-clock milliseconds the engine spent (inside Python). */
  wallMs: number;
  trace: Trace;
}

// ---------- wire form (what Python sends) ----------
// Columnar and flat so that validating and parsing 10,000 tasks stays cheap. Times on the wire are
// integer microseconds (they JSON-encode much faster than floats). Task ids are 1 + column index.

const micros = z.number().int();

/** Arrays of 10,000s of items are checked by one tight loop each (same checks, far cheaper than a
 * schema per element). */
const arrayOf = <T>(what: string, ok: (x: unknown) => boolean) =>
  z.custom<T[]>((v) => Array.isArray(v) && v.every(ok), {
    message: `expected an array of ${what}`,
  });
const isInt = (x: unknown) => Number.isInteger(x);
const isIntOrNull = (x: unknown) => x === null || Number.isInteger(x);
const isString = (x: unknown) => typeof x === "string";
const isStringOrNull = (x: unknown) => x === null || typeof x === "string";
const flat = arrayOf<number | null>("integers or nulls", isIntOrNull);
const ints = arrayOf<number>("integers", isInt);
const intsOrNull = flat;
const strings = arrayOf<string>("strings", isString);
const stringsOrNull = arrayOf<string | null>("strings or nulls", isStringOrNull);
const column = <T extends z.ZodType>(item: T) => z.array(item);
const isIterRecord = (x: unknown) => Array.isArray(x) && x.length === 4 && x.every(isInt);

/** The loop trace on the wire (see loop_trace.py); references are checked as it is expanded. */
const LoopTraceWireSchema = z.object({
  version: z.literal(1),
  /** [time µs, steps before, timers fired, handles run] per iteration. */
  iters: arrayOf<[number, number, number, number]>(
    "[t, steps, fired, count] records",
    isIterRecord,
  ),
  /** [what, ref, scheduled, ...] per handle run: what 0 = a task step (ref = global step index),
   * k > 0 = labels[k - 1] (ref = task or null). */
  items: flat,
  /** [due µs, added, removed, cancelled 0/1, task, label index, ...] per timer. */
  timers: flat,
  labels: strings,
  /** [global step, chain index, ...]; optional: engines before it. */
  stacks: ints.optional(),
  chains: z.array(strings).optional(),
  detail: int.nullable(),
  detailLimit: int,
});

const TraceWireSchema = z.object({
  version: z.literal(1),
  end: micros,
  /** Shared table of wait descriptions; waits refer to it by index. */
  awaits: z.array(AwaitingSchema),
  tasks: z.object({
    name: strings,
    coro: strings,
    label: strings,
    kind: column(z.enum(["task", "thread", "main"])),
    parent: intsOrNull,
    created: ints,
    createdLine: intsOrNull,
    end: intsOrNull,
    outcome: column(z.enum(["result", "exception", "cancelled", "pending"])),
    /** result: repr; exception: type name. */
    outcomeA: stringsOrNull,
    /** exception: message. */
    outcomeB: stringsOrNull,
  }),
  /** [task, start, end, line, readyAt, awaitIndex, ...]: each step and the wait that follows it
   * (awaitIndex null: the task ended in that step). The wait starts at the step's end, on its
   * line, and ends when the task's next step starts (still open if there is none); a readyAt left
   * null on a wait that ended means it was woken as it resumed. */
  steps: flat,
  /** [start, end, start, end, ...] */
  idle: ints,
  prints: z.array(z.tuple([z.enum(["stdout", "stderr"]), z.string(), micros, int.nullable()])),
  /** [task or null, start, end, line, label] per blocking call. Optional: older engines. */
  blocked: z
    .array(z.tuple([int.nullable(), micros, micros, int.nullable(), z.string()]))
    .optional(),
  /** [start, end, line, then] per span of code outside any event loop. Optional: older engines. */
  toplevel: z.array(z.tuple([micros, micros, int.nullable(), z.string().nullable()])).optional(),
  /** The loop trace; null or absent when not recorded. */
  loop: LoopTraceWireSchema.nullable().optional(),
});

export const RunResultWireSchema = z.object({
  stdout: z.string(),
  stderr: z.string(),
  error: RunErrorSchema.nullable(),
  limit: RunLimitSchema.nullable(),
  elapsed: z.number(),
  wallMs: z.number(),
  trace: TraceWireSchema,
});
export type RunResultWire = z.infer<typeof RunResultWireSchema>;

/** Wire microseconds to seconds. */
const sec = (x: number) => x / 1e6;
const secOrNull = (x: number | null | undefined) =>
  x === null || x === undefined ? null : x / 1e6;

function malformed(what: string): never {
  throw new Error(`engine result: ${what}`);
}

function outcomeOf(kind: Outcome["kind"], a: string | null, b: string | null): Outcome {
  switch (kind) {
    case "result":
      return { kind, repr: a ?? "" };
    case "exception":
      return { kind, type: a ?? "", message: b ?? "" };
    case "cancelled":
      return a === "stop" ? { kind, byStop: true } : { kind };
    default:
      return { kind };
  }
}

function expandTasks(t: RunResultWire["trace"], stepOrder: [number, number][] = []): TraceTask[] {
  const c = t.tasks;
  const count = c.name.length;
  for (const [key, values] of Object.entries(c)) {
    if (values.length !== count)
      malformed(`task column "${key}" has ${values.length} entries, not ${count}`);
  }
  const tasks: TraceTask[] = [];
  for (let i = 0; i < count; i++) {
    tasks.push({
      id: i + 1,
      name: c.name[i]!,
      coro: c.coro[i]!,
      label: c.label[i]!,
      kind: c.kind[i]!,
      parent: c.parent[i]!,
      created: sec(c.created[i]!),
      createdLine: c.createdLine[i]!,
      steps: [],
      waits: [],
      end: secOrNull(c.end[i]),
      outcome: outcomeOf(c.outcome[i]!, c.outcomeA[i]!, c.outcomeB[i]!),
    });
  }
  const taskAt = (id: number | null | undefined) =>
    tasks[(id ?? 0) - 1] ?? malformed(`a step or wait refers to unknown task ${id}`);
  const { steps, awaits } = t;
  if (steps.length % 6 !== 0) malformed("malformed steps run");
  // The wait each task is in (it ends when that task's next step starts).
  const open: (Wait | undefined)[] = new Array(count);
  for (let i = 0; i < steps.length; i += 6) {
    const id = steps[i] ?? 0;
    const task = taskAt(id);
    const start = sec(steps[i + 1] ?? 0);
    const end = sec(steps[i + 2] ?? 0);
    const line = steps[i + 3] ?? null;
    const before = open[id - 1];
    if (before) {
      before.end = start;
      before.readyAt ??= start;
    }
    stepOrder?.push([id, task.steps.length]);
    task.steps.push({ start, end, line });
    const index = steps[i + 5];
    if (index === null || index === undefined) {
      open[id - 1] = undefined;
      continue;
    }
    const wait: Wait = {
      start: end,
      readyAt: secOrNull(steps[i + 4]),
      end: null,
      awaiting: awaits[index] ?? malformed("a wait refers to an unknown wait kind"),
      line,
    };
    task.waits.push(wait);
    open[id - 1] = wait;
  }
  return tasks;
}

function expandLoop(
  w: NonNullable<RunResultWire["trace"]["loop"]>,
  stepOrder: [number, number][],
  taskCount: number,
): LoopTrace {
  const { items, timers: flatTimers, labels } = w;
  if (items.length % 3 !== 0) malformed("malformed loop items run");
  if (flatTimers.length % 6 !== 0) malformed("malformed loop timers run");
  const labelAt = (k: number) => labels[k - 1] ?? malformed(`loop label ${k} does not exist`);
  const taskOrNull = (id: number | null | undefined) => {
    if (id === null || id === undefined) return null;
    if (id < 1 || id > taskCount) malformed(`the loop trace refers to unknown task ${id}`);
    return id;
  };
  const iterations: LoopIteration[] = [];
  let at = 0;
  const detailEnd = w.detail ?? w.iters.length;
  for (let i = 0; i < w.iters.length; i++) {
    const [t, stepsBefore, fired, count] = w.iters[i]!;
    const handles: LoopHandle[] = [];
    if (i < detailEnd) {
      for (let k = 0; k < count; k++, at += 3) {
        const what = items[at];
        const ref = items[at + 1];
        const scheduled = items[at + 2] ?? malformed("a loop item lacks its scheduled count");
        if (what === 0) {
          const order =
            stepOrder[ref ?? -1] ?? malformed(`loop item refers to unknown step ${ref}`);
          handles.push({ kind: "step", task: order[0], step: order[1], scheduled });
        } else {
          handles.push({
            kind: "callback",
            label: labelAt(what ?? 0),
            task: taskOrNull(ref),
            scheduled,
          });
        }
      }
    }
    iterations.push({ t: sec(t), stepsBefore, fired, count, handles });
  }
  if (at !== items.length) malformed("loop items do not match the iterations' counts");
  const timers: LoopTimer[] = [];
  for (let i = 0; i < flatTimers.length; i += 6) {
    timers.push({
      due: sec(flatTimers[i] ?? 0),
      added: flatTimers[i + 1] ?? 0,
      removed: flatTimers[i + 2] ?? null,
      cancelled: flatTimers[i + 3] === 1,
      task: taskOrNull(flatTimers[i + 4]),
      label: labelAt(flatTimers[i + 5] ?? 0),
    });
  }
  const stacks: LoopTrace["stacks"] = [];
  const flatStacks = w.stacks ?? [];
  for (let i = 0; i + 1 < flatStacks.length; i += 2) {
    const order =
      stepOrder[flatStacks[i]!] ??
      malformed(`a loop stack refers to unknown step ${flatStacks[i]}`);
    const chain =
      w.chains?.[flatStacks[i + 1]!] ?? malformed("a loop stack refers to an unknown chain");
    stacks.push([order[0], order[1], chain]);
  }
  return {
    iterations,
    timers,
    detail: w.detail,
    detailLimit: w.detailLimit,
    stepTasks: Int32Array.from(stepOrder, ([task]) => task),
    stacks,
  };
}

/** Expands the validated wire form into the documented `RunResult`. */
export function expandRunResult(wire: RunResultWire): RunResult {
  const t = wire.trace;
  const output: OutputPart[] = t.prints.map(([stream, text, at, task]) => ({
    stream,
    text,
    t: sec(at),
    task,
  }));
  // Global step order, only for the loop trace (it refers to steps by it).
  const stepOrder: [number, number][] = [];
  const tasks = expandTasks(t, t.loop ? stepOrder : undefined);
  const idle: Trace["idle"] = [];
  for (let i = 0; i + 1 < t.idle.length; i += 2) {
    idle.push({ start: sec(t.idle[i]!), end: sec(t.idle[i + 1]!) });
  }
  return {
    stdout: wire.stdout,
    stderr: wire.stderr,
    output,
    error: wire.error,
    limit: wire.limit,
    elapsed: Math.round(wire.elapsed * 1e6) / 1e6,
    wallMs: wire.wallMs,
    trace: {
      version: 1,
      end: sec(t.end),
      tasks,
      prints: output,
      idle,
      blocked: (t.blocked ?? []).map(([task, start, end, line, label]) => ({
        task,
        start: sec(start),
        end: sec(end),
        line,
        label,
      })),
      toplevel: (t.toplevel ?? []).map(([start, end, line, then]) => ({
        start: sec(start),
        end: sec(end),
        line,
        then,
      })),
      ...(t.loop ? { loop: expandLoop(t.loop, stepOrder, tasks.length) } : {}),
    },
  };
}

/** Parses and validates the engine's JSON; a malformed result becomes one clear Error. */
export function parseRunResult(json: string): RunResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new Error(`engine result is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = RunResultWireSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`engine result does not match the schema:\n${z.prettifyError(parsed.error)}`);
  }
  return expandRunResult(parsed.data);
}
