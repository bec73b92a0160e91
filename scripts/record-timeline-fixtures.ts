/**
 * Re-records lib/timeline/fixtures/*.json, the real engine runs the timeline's unit tests use:
 *   npx tsx scripts/record-timeline-fixtures.ts [NAME ...]
 *
 * Each fixture is the RunResult of one program run by the course's engine in Node (the same one the
 * browser runs), so the tests check the layout against traces the engine really produces. Times in
 * a trace include real Python run time, so re-recording changes the small numbers; tests must only
 * rely on what the program's awaits decide (waits of 2 s, totals, overlaps).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { createNodeEngine } from "../lib/runtime/node-runtime";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Fixture name → program (path from the repository root). */
const FIXTURES: Record<string, string> = {
  sync_downloads: "content/lessons/01-why-async/sync_downloads.py",
  gather: "content/lessons/04-gather/gather_fetch.py",
  sequential: "content/lessons/04-gather/sequential_fetch.py",
  create_task: "content/lessons/05-create-task/create_task_background.py",
  blocking_sleep: "content/lessons/06-when-to-use/blocking_sleep.py",
  to_thread: "content/lessons/06-when-to-use/to_thread_blocking_call.py",
  taskgroup_failure: "content/lessons/08-taskgroup/taskgroup_failure_cancels.py",
  thousand_tasks: "lib/timeline/fixtures/thousand_tasks.py",
};

const only = process.argv.slice(2);
const names = Object.keys(FIXTURES).filter((n) => only.length === 0 || only.includes(n));
const unknown = only.filter((n) => !(n in FIXTURES));
if (unknown.length) {
  console.error(
    `unknown fixture(s): ${unknown.join(", ")}; known: ${Object.keys(FIXTURES).join(", ")}`,
  );
  process.exit(64);
}

const engine = await createNodeEngine();
for (const name of names) {
  const path = FIXTURES[name]!;
  const code = readFileSync(root + path, "utf8");
  const result = engine.run(code, { filename: basename(path) });
  if (result.limit) throw new Error(`${name}: stopped by a limit: ${result.limit.message}`);
  writeFileSync(
    `${root}lib/timeline/fixtures/${name}.json`,
    JSON.stringify({ source: path, result }) + "\n",
  );
  console.log(
    `${name}: ${result.trace.tasks.length} tasks, ${result.elapsed.toFixed(3)} s virtual, ${result.wallMs.toFixed(0)} ms wall`,
  );
}
