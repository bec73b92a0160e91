/** Recorded engine runs for the timeline's tests (re-record: scripts/record-timeline-fixtures.ts). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Outcome, RunResult, Trace, TraceTask, Wait } from "@/lib/runtime/trace";

export type FixtureName =
  | "sync_downloads"
  | "gather"
  | "sequential"
  | "create_task"
  | "blocking_sleep"
  | "to_thread"
  | "taskgroup_failure"
  | "thousand_tasks";

export function loadFixture(name: FixtureName): RunResult {
  const path = fileURLToPath(new URL(`./fixtures/${name}.json`, import.meta.url));
  return (JSON.parse(readFileSync(path, "utf8")) as { result: RunResult }).result;
}

/**
 * A run on the exact clock, where steps cost no virtual time: main() sleeps 1 s, then cancels
 * worker() (asleep for 10 s) and returns, at the run's end; early() returns at 0.5 s. So each
 * task's last step starts and ends at the instant the task ends.
 */
export function endsAtLastInstant(): Trace {
  const sleep = (end: number, seconds: number, line: number): Wait => ({
    start: 0,
    readyAt: end,
    end,
    awaiting: { kind: "sleep", seconds, label: `sleep(${seconds})` },
    line,
  });
  const task = (id: number, label: string, wait: Wait, outcome: Outcome): TraceTask => ({
    id,
    name: `Task-${id}`,
    coro: label.slice(0, -2),
    label,
    kind: "task",
    parent: id === 1 ? null : 1,
    created: 0,
    createdLine: id === 1 ? null : 10,
    steps: [
      { start: 0, end: 0, line: wait.line },
      { start: wait.end!, end: wait.end!, line: wait.line },
    ],
    waits: [wait],
    end: wait.end,
    outcome,
  });
  return {
    version: 1,
    end: 1,
    idle: [],
    prints: [],
    tasks: [
      task(1, "main()", sleep(1, 1, 13), { kind: "result", repr: "None" }),
      task(2, "worker()", sleep(1, 10, 8), { kind: "cancelled" }),
      task(3, "early()", sleep(0.5, 0.5, 4), { kind: "result", repr: "None" }),
    ],
  };
}
