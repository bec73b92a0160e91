/** Recorded engine runs for the timeline's tests (re-record: scripts/record-timeline-fixtures.ts). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { RunResult } from "@/lib/runtime/trace";

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
