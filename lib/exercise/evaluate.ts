import type { RunResult, TraceTask, Wait } from "@/lib/runtime/trace";
import type { Check } from "./schema";

export interface CheckResult {
  /** What the check expects, as a sentence ("Finishes within 2.1 s of virtual time."). */
  expected: string;
  passed: boolean;
  /** What happened, as a sentence; for a failure it says how the run differed. */
  actual: string;
}

export interface Evaluation {
  passed: boolean;
  /** A crash or a limit: the run did not finish normally, so the checks say little. */
  problem: string | null;
  /** The check that the program runs without an error (always first, passed or not), then one
   * per check of the exercise: the same list before and after the reader fixes the code. */
  results: CheckResult[];
}

/** Always listed, so that a crash does not add a line that a fix then takes away. */
export const RUNS_CLEANLY = "Runs to the end without an error.";

const s = (x: number) => `${Number(x.toFixed(2))} s`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const quote = (text: string) => JSON.stringify(text);
const lineOf = (line: number | null) => (line === null ? "" : ` at line ${line}`);

/** Tasks the program created itself: everything but the one `asyncio.run` (or top level) starts. */
function createdTasks(tasks: readonly TraceTask[]): TraceTask[] {
  return tasks.filter((task) => task.kind === "task" && task.parent !== null);
}

/** Most tasks waiting at one instant (only waits that `counts`, default all), with that instant. */
export function peakOverlap(
  tasks: readonly TraceTask[],
  counts: (wait: Wait) => boolean = () => true,
): { count: number; at: number } {
  const events: [number, number][] = [];
  for (const task of tasks) {
    for (const wait of task.waits) {
      if (!counts(wait)) continue;
      const end = wait.readyAt ?? wait.end;
      if (end === null || end <= wait.start) continue;
      events.push([wait.start, 1], [end, -1]);
    }
  }
  // Ends before starts at the same instant: touching waits do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let best = { count: 0, at: 0 };
  for (const [time, delta] of events) {
    now += delta;
    if (now > best.count) best = { count: now, at: time };
  }
  return best;
}

/** The host a simweb request went to ("slow.example"); its URL as given if it does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The host with most requests in flight at one instant: its name, that count and the instant. */
export function peakRequestsPerHost(
  tasks: readonly TraceTask[],
): { host: string; count: number; at: number } | null {
  const hosts = new Set<string>();
  for (const task of tasks) {
    for (const wait of task.waits) {
      if (wait.awaiting.kind === "request") hosts.add(hostOf(wait.awaiting.url));
    }
  }
  let best: { host: string; count: number; at: number } | null = null;
  for (const host of [...hosts].sort()) {
    const peak = peakOverlap(
      tasks,
      (wait) => wait.awaiting.kind === "request" && hostOf(wait.awaiting.url) === host,
    );
    if (!best || peak.count > best.count) best = { host, ...peak };
  }
  return best;
}

/** The longest single step of any task: time the event loop could do nothing else. */
export function longestStep(
  tasks: readonly TraceTask[],
): { task: TraceTask; seconds: number; line: number | null } | null {
  let best: { task: TraceTask; seconds: number; line: number | null } | null = null;
  for (const task of tasks) {
    if (task.kind === "thread") continue;
    for (const step of task.steps) {
      const seconds = step.end - step.start;
      if (!best || seconds > best.seconds) best = { task, seconds, line: step.line };
    }
  }
  return best;
}

function evaluateCheck(check: Check, run: RunResult): CheckResult {
  const out = run.stdout;
  switch (check.type) {
    case "output-contains": {
      const passed = out.includes(check.text);
      return {
        expected: `Prints ${quote(check.text)}.`,
        passed,
        actual: passed
          ? `It printed ${quote(check.text)}.`
          : out.trim() === ""
            ? "It printed nothing."
            : `It never printed ${quote(check.text)}.`,
      };
    }
    case "output-excludes": {
      const passed = !out.includes(check.text);
      return {
        expected: `Does not print ${quote(check.text)}.`,
        passed,
        actual: passed ? "It did not." : `It printed ${quote(check.text)}.`,
      };
    }
    case "output-equals": {
      const printed = out.trimEnd();
      const want = check.text.trimEnd();
      const passed = printed === want;
      return {
        expected: `Prints exactly:\n${want}`,
        passed,
        actual: passed ? "It printed exactly that." : `It printed:\n${printed || "(nothing)"}`,
      };
    }
    case "result": {
      const task = run.trace.tasks.find((t) => t.coro === check.coro);
      const expected = `${check.coro}() returns ${check.repr}.`;
      if (!task) return { expected, passed: false, actual: `${check.coro}() never ran as a task.` };
      const outcome = task.outcome;
      if (outcome.kind === "result") {
        const passed = outcome.repr === check.repr;
        return { expected, passed, actual: `It returned ${outcome.repr}.` };
      }
      const how =
        outcome.kind === "exception"
          ? `raised ${outcome.type}${outcome.message ? `: ${outcome.message}` : ""}`
          : outcome.kind === "cancelled"
            ? "was cancelled"
            : "never finished";
      return { expected, passed: false, actual: `It ${how}.` };
    }
    case "max-elapsed": {
      const passed = run.elapsed <= check.seconds + 1e-9;
      return {
        expected: `Finishes within ${s(check.seconds)} of virtual time.`,
        passed,
        actual: `It took ${s(run.elapsed)}.`,
      };
    }
    case "min-tasks": {
      const count = createdTasks(run.trace.tasks).length;
      const passed = count >= check.count;
      return {
        expected: `Runs at least ${plural(check.count, "task")} besides main.`,
        passed,
        actual: `It ran ${plural(count, "task")} besides main.`,
      };
    }
    case "min-overlap": {
      const peak = peakOverlap(run.trace.tasks);
      const passed = peak.count >= check.count;
      return {
        expected: `At some moment at least ${check.count} tasks wait at the same time.`,
        passed,
        actual:
          peak.count <= 1
            ? "No two tasks ever waited at the same time."
            : `At most ${peak.count} waited at once (at ${s(peak.at)}).`,
      };
    }
    case "max-sleeping": {
      const peak = peakOverlap(run.trace.tasks, (wait) => wait.awaiting.kind === "sleep");
      const passed = peak.count <= check.count;
      return {
        expected: `Never more than ${plural(check.count, "task")} in asyncio.sleep at the same time.`,
        passed,
        actual: passed
          ? `At most ${peak.count} slept at once.`
          : `${peak.count} tasks slept at the same time (at ${s(peak.at)}).`,
      };
    }
    case "max-requests": {
      const peak = peakOverlap(run.trace.tasks, (wait) => wait.awaiting.kind === "request");
      const passed = peak.count <= check.count;
      return {
        expected: `Never more than ${plural(check.count, "request")} in flight at the same time.`,
        passed,
        actual: passed
          ? `At most ${plural(peak.count, "request")} ${peak.count === 1 ? "was" : "were"} in flight at once.`
          : `${peak.count} requests were in flight at the same time (at ${s(peak.at)}).`,
      };
    }
    case "max-requests-per-host": {
      const peak = peakRequestsPerHost(run.trace.tasks);
      const passed = !peak || peak.count <= check.count;
      return {
        expected: `Never more than ${plural(check.count, "request")} in flight to any one host at the same time.`,
        passed,
        actual: !peak
          ? "It sent no requests."
          : passed
            ? `At most ${plural(peak.count, "request")} to one host ${peak.count === 1 ? "was" : "were"} in flight at once.`
            : `${peak.count} requests to ${peak.host} were in flight at the same time (at ${s(peak.at)}).`,
      };
    }
    case "max-step": {
      const longest = longestStep(run.trace.tasks);
      const passed = !longest || longest.seconds <= check.seconds + 1e-9;
      return {
        expected: `Never blocks the event loop for more than ${s(check.seconds)}.`,
        passed,
        actual: !longest
          ? "Nothing ran."
          : passed
            ? `The longest step took ${s(longest.seconds)}.`
            : `${longest.task.label} ran for ${s(longest.seconds)} without awaiting (in the step that ended${lineOf(longest.line)}), so no other task could run meanwhile.`,
      };
    }
  }
}

/** Runs every check on a finished program. A crash or a limit fails the whole evaluation. */
export function evaluateChecks(checks: readonly Check[], run: RunResult): Evaluation {
  let problem: string | null = null;
  if (run.error) {
    problem = `The program raised ${run.error.type}${run.error.message ? `: ${run.error.message}` : ""}${lineOf(run.error.line)}.`;
  } else if (run.limit) {
    problem = `The run was stopped: ${run.limit.message}`;
  }
  const runs: CheckResult = {
    expected: RUNS_CLEANLY,
    passed: problem === null,
    actual: problem ?? "It ran to the end.",
  };
  const results = [runs, ...checks.map((check) => evaluateCheck(check, run))];
  return { passed: results.every((r) => r.passed), problem, results };
}
