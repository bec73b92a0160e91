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
  /** When it was woken (became ready). `readyAt..end` is ready-but-not-running time. */
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
  z.object({ kind: z.literal("cancelled") }),
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
  /** Running spans, in order. The gaps between them are `waits`. */
  steps: Step[];
  waits: Wait[];
  /** Virtual time it finished, or null if it never did. */
  end: number | null;
  outcome: Outcome;
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
}

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
// Times on the wire are integer microseconds (they JSON-encode much faster than floats).

const micros = z.number().int();
const flat = z.array(z.number().int().nullable());

/** [id, name, coro, label, kind, parent, created, createdLine, steps, waits, end, outcome] where
 * steps = [start, end, line, ...] and waits = [start, readyAt, end, awaitIndex, line, ...]. */
const TaskWireSchema = z.tuple([
  int,
  z.string(),
  z.string(),
  z.string(),
  z.enum(["task", "thread", "main"]),
  int.nullable(),
  micros,
  int.nullable(),
  flat,
  flat,
  micros.nullable(),
  OutcomeSchema.nullable(),
]);

const TraceWireSchema = z.object({
  version: z.literal(1),
  end: micros,
  awaits: z.array(AwaitingSchema),
  tasks: z.array(TaskWireSchema),
  /** [start, end, start, end, ...] */
  idle: z.array(micros),
  prints: z.array(z.tuple([z.enum(["stdout", "stderr"]), z.string(), micros, int.nullable()])),
});

export const RunResultWireSchema = z.object({
  stdout: z.string(),
  stderr: z.string(),
  error: RunErrorSchema.nullable(),
  limit: RunLimitSchema.nullable(),
  elapsed: time,
  wallMs: z.number(),
  trace: TraceWireSchema,
});
export type RunResultWire = z.infer<typeof RunResultWireSchema>;

/** Wire microseconds to seconds. */
const us = (x: number) => x / 1e6;
const usOrNull = (x: number | null) => (x === null ? null : us(x));

function expandTask(wire: z.infer<typeof TaskWireSchema>, awaits: Awaiting[]): TraceTask {
  const [id, name, coro, label, kind, parent, created, createdLine, rawSteps, rawWaits, end, out] =
    wire;
  if (rawSteps.length % 3 !== 0 || rawWaits.length % 5 !== 0) {
    throw new Error(`engine result: task ${id} has a malformed steps/waits run`);
  }
  const steps: Step[] = [];
  for (let i = 0; i < rawSteps.length; i += 3) {
    steps.push({
      start: us(rawSteps[i] ?? 0),
      end: us(rawSteps[i + 1] ?? 0),
      line: rawSteps[i + 2] ?? null,
    });
  }
  const waits: Wait[] = [];
  for (let i = 0; i < rawWaits.length; i += 5) {
    const awaiting = awaits[rawWaits[i + 3] ?? -1];
    if (!awaiting) throw new Error(`engine result: task ${id} refers to an unknown wait`);
    waits.push({
      start: us(rawWaits[i] ?? 0),
      readyAt: usOrNull(rawWaits[i + 1] ?? null),
      end: usOrNull(rawWaits[i + 2] ?? null),
      awaiting,
      line: rawWaits[i + 4] ?? null,
    });
  }
  return {
    id,
    name,
    coro,
    label,
    kind,
    parent,
    created: us(created),
    createdLine,
    steps,
    waits,
    end: usOrNull(end),
    outcome: out ?? { kind: "pending" },
  };
}

/** Expands the validated wire form into the documented `RunResult`. */
export function expandRunResult(wire: RunResultWire): RunResult {
  const t = wire.trace;
  const output: OutputPart[] = t.prints.map(([stream, text, at, task]) => ({
    stream,
    text,
    t: us(at),
    task,
  }));
  const idle: Trace["idle"] = [];
  for (let i = 0; i + 1 < t.idle.length; i += 2) {
    idle.push({ start: us(t.idle[i] ?? 0), end: us(t.idle[i + 1] ?? 0) });
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
      end: us(t.end),
      tasks: t.tasks.map((task) => expandTask(task, t.awaits)),
      prints: output,
      idle,
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
