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
  /** The first `VIEW_LIST_CAP` tasks it awaits (none below depth `GRAPH_DEPTH`). */
  children: GraphNode[];
  /** How many live tasks it awaits in all (`children` may hold fewer). */
  childCount: number;
}

/** A line of the program where tasks stand (for the editor's marks): the running task first. */
export interface TaskLine {
  line: number;
  /** The first three tasks there, the running one first. */
  labels: string[];
  /** How many tasks stand there in all. */
  count: number;
  running: boolean;
}

/**
 * The lists are cut at `VIEW_LIST_CAP` entries (the graph at `GRAPH_ROOTS` roots), each with its
 * full length beside it: a 100,000-task program then costs one pass over its tasks per position,
 * with a few hundred objects built, not one per task.
 */
export interface LoopState {
  position: LoopPosition;
  t: number;
  /** Loop iterations in the run. */
  iterations: number;
  /** Running handle (null at a boundary). */
  running: (ReadyEntry & { line: number | null }) | null;
  /** The ready queue in the order the loop will run it (its first entries), and its length. */
  ready: ReadyEntry[];
  readyCount: number;
  /** Pending timers in due order (the first ones), and how many are pending. */
  timers: TimerEntry[];
  timerCount: number;
  /** Waiting tasks (the first ones), and how many wait. */
  waiting: WaitingEntry[];
  waitingCount: number;
  /** The await graph's roots (the first `GRAPH_ROOTS`), and how many there are. */
  graph: GraphNode[];
  graphRoots: number;
  /** Where the tasks stand in the code (for the editor), one entry per line. */
  lines: TaskLine[];
  /** At a boundary before an iteration past the detail window: its counts (it lists no handles). */
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

/** Steps each task had made by global step `count`, kept per trace and moved from the last
 * count asked for: stepping costs the steps in between, not the whole run. The array is reused:
 * read it before the next call. */
const doneCaches = new WeakMap<LoopTrace, { count: number; done: Int32Array }>();
function stepsDone(loop: LoopTrace, taskCount: number, count: number): Int32Array {
  const order = loop.stepTasks;
  const target = Math.min(count, order.length);
  let cache = doneCaches.get(loop);
  if (!cache || cache.done.length !== taskCount + 1) {
    cache = { count: 0, done: new Int32Array(taskCount + 1) };
    doneCaches.set(loop, cache);
  }
  const done = cache.done;
  if (target < cache.count - target) {
    done.fill(0);
    cache.count = 0;
  }
  while (cache.count < target) done[order[cache.count++]!]! += 1;
  while (cache.count > target) done[order[--cache.count]!]! -= 1;
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

/** Every task's waits as flat arrays (built once per trace, when its first state is asked for):
 * task `id`'s waits are `waitBase[id - 1] <= w < waitBase[id]`; `waitLine[w]` is its line or -1;
 * `waitsOnTasks[w]` is 1 when it awaits other tasks (an await graph edge). The per-position pass
 * over 100,000 tasks then reads numbers, not 100,000 objects. */
interface FlatWaits {
  waitBase: Int32Array;
  waitLine: Int32Array;
  waitsOnTasks: Uint8Array;
}
const flatCaches = new WeakMap<Trace, FlatWaits>();
function flatWaits(trace: Trace): FlatWaits {
  let flat = flatCaches.get(trace);
  if (flat) return flat;
  const tasks = trace.tasks;
  const waitBase = new Int32Array(tasks.length + 1);
  for (let k = 0; k < tasks.length; k++) waitBase[k + 1] = waitBase[k]! + tasks[k]!.waits.length;
  const total = waitBase[tasks.length]!;
  const waitLine = new Int32Array(total);
  const waitsOnTasks = new Uint8Array(total);
  let w = 0;
  for (const task of tasks)
    for (const wait of task.waits) {
      waitLine[w] = wait.line ?? -1;
      waitsOnTasks[w] = awaitedTasks(wait.awaiting).length > 0 ? 1 : 0;
      w++;
    }
  flat = { waitBase, waitLine, waitsOnTasks };
  flatCaches.set(trace, flat);
  return flat;
}

/** The timers in due order; timers due at the same instant keep the order they were set in (as
 * the loop fires them). Sorted once per trace. */
const timerOrders = new WeakMap<LoopTrace, Int32Array>();
function timerOrder(loop: LoopTrace): Int32Array {
  let order = timerOrders.get(loop);
  if (!order) {
    const timers = loop.timers;
    order = Int32Array.from(timers.keys()).sort((a, b) => timers[a]!.due - timers[b]!.due || a - b);
    timerOrders.set(loop, order);
  }
  return order;
}

const GRAPH_ROOTS = 40;
/** Levels of the await graph below the roots that are built (and shown). */
export const GRAPH_DEPTH = 6;
/** Nodes built per graph at most (a few hundred lines is more than a reader scans). */
const GRAPH_NODES = 600;
const LIST_CAP = 60;

const RUNNING = 1;
const READY = 2;
const WAITING = 3;

/** The last state asked for, per trace: a step computes it once for the announcement and the
 * render alike. */
const lastStates = new WeakMap<Trace, { key: string; state: LoopState }>();

export function loopStateAt(trace: Trace, pos: LoopPosition): LoopState | null {
  const loop = trace.loop;
  if (!loop) return null;
  const key = `${pos.iteration}:${pos.handle}`;
  const last = lastStates.get(trace);
  if (last?.key === key) return last.state;
  const state = computeState(trace, loop, pos);
  lastStates.set(trace, { key, state });
  return state;
}

function computeState(trace: Trace, loop: LoopTrace, pos: LoopPosition): LoopState {
  const its = loop.iterations;
  const n = its.length;
  const p = Math.max(0, Math.min(n, pos.iteration));
  const it = its[p];
  const i = pos.handle !== null && it && pos.handle < it.handles.length ? pos.handle : null;
  const position = { iteration: p, handle: i };
  const tasks = trace.tasks;
  const t = timeAt(loop, position);

  // Steps done: those before the iteration, plus the task steps it ran before handle i.
  let count = it ? it.stepsBefore : loop.stepTasks.length;
  if (it && i !== null) for (let k = 0; k < i; k++) if (it.handles[k]!.kind === "step") count++;
  const done = stepsDone(loop, tasks.length, count);

  const summary =
    it && it.handles.length === 0 && it.count > 0 ? { ran: it.count, fired: it.fired } : null;

  // Ready queue and running handle: spans of handles, each with where it came from.
  const spans: [LoopHandle[], number, number, (k: number) => ReadyEntry["source"]][] = [];
  let running: LoopState["running"] = null;
  if (it && i === null) {
    // Between iterations: what is ready now; the last `fired` are still timers.
    const queued = it.handles.length - (it.handles.length === it.count ? it.fired : 0);
    spans.push([it.handles, 0, Math.max(0, queued), () => "queue"]);
  } else if (it && i !== null) {
    const h = it.handles[i]!;
    let line: number | null = null;
    if (h.kind === "step") {
      const task = tasks[h.task - 1];
      line = h.step > 0 ? (task?.steps[h.step - 1]?.line ?? null) : (task?.createdLine ?? null);
    }
    running = { ...entry(tasks, h, "queue"), line };
    const firstTimer = it.handles.length - it.fired;
    spans.push([
      it.handles,
      i + 1,
      it.handles.length,
      (k) => (k >= firstTimer ? "timer" : "queue"),
    ]);
    const next = its[p + 1];
    if (next) {
      // (Past the detail window the next iteration lists no handles: nothing to show.)
      const scheduled = Math.max(0, Math.min(h.scheduled, next.handles.length - next.fired));
      spans.push([next.handles, 0, scheduled, () => "next"]);
    }
  }
  const kind = new Uint8Array(tasks.length + 1);
  const ready: ReadyEntry[] = [];
  let readyCount = 0;
  for (const [handles, from, to, source] of spans) {
    readyCount += Math.max(0, to - from);
    for (let k = from; k < to; k++) {
      const h = handles[k]!;
      if (h.kind === "step") kind[h.task] = READY;
      if (ready.length < LIST_CAP) ready.push(entry(tasks, h, source(k)));
    }
  }

  // Timers pending at this position, in due order.
  const ranTasks = new Set<number>();
  if (it && i !== null)
    for (let k = 0; k <= i; k++) {
      const h = it.handles[k]!;
      if (h.kind === "step") ranTasks.add(h.task);
    }
  const timers: TimerEntry[] = [];
  let timerCount = 0;
  for (const k of timerOrder(loop)) {
    const timer = loop.timers[k]!;
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
    timerCount++;
    if (timers.length >= LIST_CAP) continue;
    const who = taskLabel(tasks, timer.task);
    timers.push({
      due: timer.due,
      text: who ? `${timer.label}, for ${who}` : timer.label,
      task: timer.task,
    });
  }

  // Task states: one pass over the tasks, on flat arrays (numbers only); entries for the first few.
  const { waitBase, waitLine, waitsOnTasks } = flatWaits(trace);
  const stacks = stacksOf(loop);
  const stackOf = (id: number) => stacks.get(`${id}:${done[id]! - 1}`) ?? null;
  const runningTask = running?.kind === "step" ? running.task : null;
  const waiting: WaitingEntry[] = [];
  const waitingIds: number[] = [];
  const byLine: TaskLine[] = [];
  const standsOn = (line: number, id: number, isRunning: boolean) => {
    let mark = byLine[line];
    if (!mark) byLine[line] = mark = { line, labels: [], count: 0, running: false };
    mark.count++;
    if (isRunning) {
      mark.labels.unshift(tasks[id - 1]!.label);
      mark.labels.length = Math.min(mark.labels.length, 3);
      mark.running = true;
    } else if (mark.labels.length < 3) mark.labels.push(tasks[id - 1]!.label);
  };
  for (let id = 1; id <= tasks.length; id++) {
    const d = done[id]!;
    if (id === runningTask) {
      kind[id] = RUNNING;
      if (running?.line) standsOn(running.line, id, true);
      continue;
    }
    // Created, first step not run yet: ready (its first step is queued) or not yet scheduled.
    if (d === 0) continue;
    const w = waitBase[id - 1]! + d - 1;
    if (w >= waitBase[id]!) {
      kind[id] = 0; // ended in its last step
      continue;
    }
    if (kind[id] !== READY) {
      kind[id] = WAITING;
      if (waitsOnTasks[w]) waitingIds.push(id);
      if (waiting.length < LIST_CAP) {
        const wait = tasks[id - 1]!.waits[d - 1]!;
        waiting.push({
          task: id,
          label: tasks[id - 1]!.label,
          waitsOn: wait.awaiting.label,
          line: wait.line,
          stack: stackOf(id),
        });
      }
    }
    const line = waitLine[w]!;
    if (line >= 0) standsOn(line, id, false);
  }
  let waitingCount = 0;
  for (let id = 1; id <= tasks.length; id++) if (kind[id] === WAITING) waitingCount++;

  // Await graph: edges from a waiting task to the live tasks it awaits; roots are the live tasks
  // nobody awaits.
  const awaitsOf = (id: number) => {
    const wait = tasks[id - 1]!.waits[done[id]! - 1];
    return wait ? awaitedTasks(wait.awaiting) : [];
  };
  const awaited = new Uint8Array(tasks.length + 1);
  for (const id of waitingIds)
    for (const child of awaitsOf(id)) if (kind[child] && child !== id) awaited[child] = 1;
  let built = 0;
  const node = (id: number, depth: number): GraphNode => {
    built++;
    const task = tasks[id - 1]!;
    const state = kind[id] === RUNNING ? "running" : kind[id] === READY ? "ready" : "waiting";
    const out: GraphNode = {
      task: id,
      label: task.label,
      state,
      awaits: state === "waiting" ? (task.waits[done[id]! - 1]?.awaiting.label ?? null) : null,
      stack: state === "waiting" ? stackOf(id) : null,
      children: [],
      childCount: 0,
    };
    if (state !== "waiting") return out;
    for (const child of awaitsOf(id)) {
      if (!kind[child] || child === id) continue;
      out.childCount++;
      if (depth < GRAPH_DEPTH && out.children.length < LIST_CAP && built < GRAPH_NODES)
        out.children.push(node(child, depth + 1));
    }
    return out;
  };
  const graph: GraphNode[] = [];
  let graphRoots = 0;
  for (let id = 1; id <= tasks.length; id++) {
    if (!kind[id] || awaited[id]) continue;
    graphRoots++;
    if (graph.length < GRAPH_ROOTS) graph.push(node(id, 0));
  }

  return {
    position,
    t,
    iterations: n,
    running,
    ready,
    readyCount,
    timers,
    timerCount,
    waiting,
    waitingCount,
    graph,
    graphRoots,
    lines: byLine.filter(Boolean),
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
    // The first step that ends at or after the print (steps are in time order), if it had
    // started by then: a binary search, as a task may have 25,000 steps and 5,000 prints.
    const steps = task.steps;
    let lo = 0;
    let hi = steps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (steps[mid]!.end + 1e-9 < part.t) lo = mid + 1;
      else hi = mid;
    }
    const s = lo;
    if (s >= steps.length || steps[s]!.start > part.t + 1e-9) continue;
    const flat = flatOfStep.get(`${part.task}:${s}`);
    if (flat !== undefined) out.push(flat + 1);
  }
  return out;
}
