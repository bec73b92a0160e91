/**
 * The event loop as it stood at one moment of a run (the "Event loop" view): a pure function of the
 * trace (`Trace.loop` and the task trace), no React.
 *
 * Positions: the view walks a run position by position. Position "boundary p" lies between loop
 * iterations p - 1 and p (p = 0: before the first; p = N: after the last). Inside iteration p,
 * "handle (p, i)" is the moment its i-th handle runs. Flattened, in time order:
 * boundary 0, handle (0, 0), ..., boundary 1, handle (1, 0), ..., boundary N.
 */
import type { LoopHandle, LoopTrace, Trace, TraceTask, Awaiting } from "@/lib/runtime/trace";

export interface LoopPosition {
  iteration: number;
  /** Index of the running handle in `iteration`, or null at the boundary before it. */
  handle: number | null;
}

export interface ReadyEntry {
  /** The task it runs or concerns, or null. */
  task: number | null;
  /** In words: "fetch_data(1): first step", "sleep(2) ends, for fetch_data(2)". */
  text: string;
  /** "step" (a task step) or "callback". */
  kind: LoopHandle["kind"];
  /** Came from a timer due now; or scheduled during the running iteration (runs in the next). */
  source: "timer" | "queue" | "next";
}

export interface TimerEntry {
  due: number;
  text: string;
  task: number | null;
}

export interface WaitingEntry {
  task: number;
  label: string;
  waitsOn: string;
  line: number | null;
  /** The user's coroutines it is suspended in, outermost first, when more than its own. */
  stack: string[] | null;
}

/** One task in the await graph and what it awaits (as `asyncio.capture_call_graph` walks it,
 * from the outermost awaiting task down). */
export interface GraphNode {
  task: number;
  label: string;
  state: "running" | "ready" | "waiting";
  /** What it awaits, in words ("gather(3)", "sleep(2)"); null when running or ready. */
  awaits: string | null;
  /** The user's coroutines it is suspended in, outermost first, when more than its own. */
  stack: string[] | null;
  children: GraphNode[];
}

export interface TaskLine {
  line: number;
  label: string;
  running: boolean;
}

export interface LoopState {
  position: LoopPosition;
  t: number;
  /** Loop iterations in the run. */
  iterations: number;
  /** Running handle (null at a boundary). */
  running: (ReadyEntry & { line: number | null }) | null;
  /** The ready queue in the order the loop will run it. */
  ready: ReadyEntry[];
  /** Pending timers in due order. */
  timers: TimerEntry[];
  waiting: WaitingEntry[];
  graph: GraphNode[];
  /** Where each task stands in the code (for the editor). */
  lines: TaskLine[];
  /** Past the detail window: counts only. */
  summary: { ran: number; fired: number } | null;
}

/** Flat index of each boundary (boundary p is at `starts[p]`; handle (p, i) at starts[p] + 1 + i). */
export function positionIndex(loop: LoopTrace): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const it of loop.iterations) {
    starts.push(at);
    at += 1 + it.handles.length;
  }
  starts.push(at);
  return starts;
}

export function toFlat(starts: number[], pos: LoopPosition): number {
  return starts[pos.iteration]! + (pos.handle === null ? 0 : pos.handle + 1);
}

export function fromFlat(starts: number[], flat: number): LoopPosition {
  const last = starts[starts.length - 1]!;
  const at = Math.max(0, Math.min(last, flat));
  // Binary search: the last boundary at or before `at`.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return { iteration: lo, handle: at === starts[lo] ? null : at - starts[lo]! - 1 };
}

/** Virtual time at a position: a boundary sits at the time of the iteration before it. */
export function timeAt(loop: LoopTrace, pos: LoopPosition): number {
  const its = loop.iterations;
  if (pos.handle !== null) return its[pos.iteration]?.t ?? 0;
  return (its[pos.iteration - 1] ?? its[0])?.t ?? 0;
}

/** The boundary to show for a playhead time: the first one at exactly `t` (what the loop did at
 * that instant, from its start), else the last one before `t`. */
export function boundaryAtTime(loop: LoopTrace, t: number): LoopPosition {
  const its = loop.iterations;
  const eps = 1e-9;
  let last = 0;
  for (let p = 0; p <= its.length; p++) {
    const tp = timeAt(loop, { iteration: p, handle: null });
    if (Math.abs(tp - t) <= eps && p > 0) return { iteration: p, handle: null };
    if (tp <= t + eps) last = p;
    else break;
  }
  return { iteration: last, handle: null };
}

const taskLabel = (tasks: TraceTask[], id: number | null) =>
  id === null ? null : (tasks[id - 1]?.label ?? `task ${id}`);

function words(tasks: TraceTask[], h: LoopHandle): string {
  if (h.kind === "step") {
    const task = tasks[h.task - 1];
    const label = task?.label ?? `task ${h.task}`;
    if (h.step === 0) return `${label}: first step`;
    const waited = task?.waits[h.step - 1]?.awaiting.label;
    return waited ? `${label}: resumes after ${waited}` : `${label}: resumes`;
  }
  const about = taskLabel(tasks, h.task);
  return about ? `${h.label}, for ${about}` : h.label;
}

const entry = (tasks: TraceTask[], h: LoopHandle, source: ReadyEntry["source"]): ReadyEntry => ({
  task: h.task,
  text: words(tasks, h),
  kind: h.kind,
  source,
});

/** Tasks an await points at (the graph's edges). */
function awaitedTasks(a: Awaiting): number[] {
  switch (a.kind) {
    case "task":
    case "thread":
      return [a.task];
    case "gather":
    case "wait":
    case "taskgroup":
      return a.tasks;
    case "wait_for":
      return a.task === undefined ? [] : [a.task];
    default:
      return [];
  }
}

/** Steps each task had made by global step `count` (an index into `stepOrder`). */
function stepsDone(loop: LoopTrace, taskCount: number, count: number): Int32Array {
  const done = new Int32Array(taskCount + 1);
  const order = loop.stepOrder;
  const end = Math.min(count, order.length);
  for (let k = 0; k < end; k++) done[order[k]![0]]! += 1;
  return done;
}

const stackMaps = new WeakMap<LoopTrace, Map<string, string[]>>();
/** "task:step" -> the coroutine chain after that step (built once per trace). */
function stacksOf(loop: LoopTrace): Map<string, string[]> {
  let map = stackMaps.get(loop);
  if (!map) {
    map = new Map(loop.stacks.map(([task, step, chain]) => [`${task}:${step}`, chain]));
    stackMaps.set(loop, map);
  }
  return map;
}

const GRAPH_ROOTS = 40;
const LIST_CAP = 60;

export function loopStateAt(trace: Trace, pos: LoopPosition): LoopState | null {
  const loop = trace.loop;
  if (!loop) return null;
  const its = loop.iterations;
  const n = its.length;
  const p = Math.max(0, Math.min(n, pos.iteration));
  const it = its[p];
  const i = pos.handle !== null && it && pos.handle < it.handles.length ? pos.handle : null;
  const position = { iteration: p, handle: i };
  const tasks = trace.tasks;
  const t = timeAt(loop, position);

  // Steps done: those before the iteration, plus the task steps it ran before handle i.
  let count = it ? it.stepsBefore : loop.stepOrder.length;
  if (it && i !== null) for (let k = 0; k < i; k++) if (it.handles[k]!.kind === "step") count++;
  const done = stepsDone(loop, tasks.length, count);

  const summary =
    it && it.handles.length === 0 && it.count > 0 ? { ran: it.count, fired: it.fired } : null;

  // Ready queue and running handle.
  const ready: ReadyEntry[] = [];
  let running: LoopState["running"] = null;
  if (it && i === null) {
    // Between iterations: what is ready now; the last `fired` are still timers.
    const queued = it.handles.length - (it.handles.length === it.count ? it.fired : 0);
    for (let k = 0; k < Math.max(0, queued); k++) ready.push(entry(tasks, it.handles[k]!, "queue"));
  } else if (it && i !== null) {
    const h = it.handles[i]!;
    let line: number | null = null;
    if (h.kind === "step") {
      const task = tasks[h.task - 1];
      line = h.step > 0 ? (task?.steps[h.step - 1]?.line ?? null) : (task?.createdLine ?? null);
    }
    running = { ...entry(tasks, h, "queue"), line };
    const firstTimer = it.handles.length - it.fired;
    for (let k = i + 1; k < it.handles.length; k++)
      ready.push(entry(tasks, it.handles[k]!, k >= firstTimer ? "timer" : "queue"));
    const next = its[p + 1];
    if (next) {
      const scheduled = Math.min(h.scheduled, next.handles.length - next.fired);
      for (let k = 0; k < scheduled; k++) ready.push(entry(tasks, next.handles[k]!, "next"));
    }
  }

  // Timers pending at this position.
  const ranTasks = new Set<number>();
  if (it && i !== null)
    for (let k = 0; k <= i; k++) {
      const h = it.handles[k]!;
      if (h.kind === "step") ranTasks.add(h.task);
    }
  const timers: TimerEntry[] = [];
  for (const timer of loop.timers) {
    let pending: boolean;
    if (i === null) pending = timer.added <= p && (timer.removed === null || timer.removed > p);
    else {
      const stillSet =
        timer.removed === null ||
        timer.removed > p + 1 ||
        (timer.removed === p + 1 && timer.cancelled);
      const set =
        timer.added <= p ||
        (timer.added === p + 1 && timer.task !== null && ranTasks.has(timer.task));
      pending = set && stillSet;
    }
    if (!pending) continue;
    const who = taskLabel(tasks, timer.task);
    timers.push({
      due: timer.due,
      text: who ? `${timer.label}, for ${who}` : timer.label,
      task: timer.task,
    });
  }
  // Stable: timers due at the same instant keep the order they were set in (as the loop fires them).
  timers.sort((a, b) => a.due - b.due);

  // Task states.
  const stacks = stacksOf(loop);
  const readyTasks = new Set<number>();
  for (const r of ready) if (r.kind === "step" && r.task !== null) readyTasks.add(r.task);
  const runningTask = running?.kind === "step" ? running.task : null;
  const waiting: WaitingEntry[] = [];
  const lines: TaskLine[] = [];
  const state = new Map<number, GraphNode>();
  for (const task of tasks) {
    const d = done[task.id]!;
    if (task.id === runningTask) {
      state.set(task.id, {
        task: task.id,
        label: task.label,
        state: "running",
        awaits: null,
        stack: null,
        children: [],
      });
      if (running?.line) lines.push({ line: running.line, label: task.label, running: true });
      continue;
    }
    if (d === 0) {
      // Created, first step not run yet: ready (its first step is queued) or not yet scheduled.
      if (readyTasks.has(task.id))
        state.set(task.id, {
          task: task.id,
          label: task.label,
          state: "ready",
          awaits: null,
          stack: null,
          children: [],
        });
      continue;
    }
    const wait = task.waits[d - 1];
    if (!wait) continue; // ended in its last step
    if (readyTasks.has(task.id)) {
      state.set(task.id, {
        task: task.id,
        label: task.label,
        state: "ready",
        awaits: null,
        stack: null,
        children: [],
      });
    } else {
      const stack = stacks.get(`${task.id}:${d - 1}`) ?? null;
      waiting.push({
        task: task.id,
        label: task.label,
        waitsOn: wait.awaiting.label,
        line: wait.line,
        stack,
      });
      state.set(task.id, {
        task: task.id,
        label: task.label,
        state: "waiting",
        awaits: wait.awaiting.label,
        stack,
        children: [],
      });
    }
    if (wait.line !== null) lines.push({ line: wait.line, label: task.label, running: false });
  }

  // Await graph: edges from a waiting task to the tasks it awaits.
  const awaited = new Set<number>();
  for (const node of state.values()) {
    if (node.state !== "waiting") continue;
    const wait = tasks[node.task - 1]!.waits[done[node.task]! - 1];
    if (!wait) continue;
    for (const child of awaitedTasks(wait.awaiting)) {
      const c = state.get(child);
      if (c && child !== node.task) {
        node.children.push(c);
        awaited.add(child);
      }
    }
  }
  const graph = [...state.values()].filter((node) => !awaited.has(node.task)).slice(0, GRAPH_ROOTS);

  return {
    position,
    t,
    iterations: n,
    running,
    ready,
    timers,
    waiting,
    graph,
    lines,
    summary,
  };
}

/** Long lists are cut for the view (it says how many more). */
export const VIEW_LIST_CAP = LIST_CAP;

/** The flat position just after the step in which each task print happened, in order. */
export function printPositions(trace: Trace, starts: number[]): number[] {
  const loop = trace.loop;
  if (!loop) return [];
  // "task:step" -> flat position of the handle that ran that step.
  const flatOfStep = new Map<string, number>();
  loop.iterations.forEach((it, p) => {
    it.handles.forEach((h, k) => {
      if (h.kind === "step") flatOfStep.set(`${h.task}:${h.step}`, starts[p]! + 1 + k);
    });
  });
  const out: number[] = [];
  for (const part of trace.prints) {
    if (part.task === null) continue;
    const task = trace.tasks[part.task - 1];
    if (!task) continue;
    const s = task.steps.findIndex(
      (step) => step.start <= part.t + 1e-9 && part.t <= step.end + 1e-9,
    );
    if (s < 0) continue;
    const flat = flatOfStep.get(`${part.task}:${s}`);
    if (flat !== undefined) out.push(flat + 1);
  }
  return out;
}
