// Build-time only (reads files): the starter programs, real .py files beside this module.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Starter {
  id: string;
  title: string;
  code: string;
}

const dir = path.join(process.cwd(), "components", "playground", "starters");
// The lesson's own programs are used as they are, rather than copied, so the two cannot drift.
const gatherLesson = path.join(process.cwd(), "content", "lessons", "04-gather");

/** `file`: where the program lives; by default `starters/<id>.py` beside this module. */
const STARTERS: { id: string; title: string; file?: string }[] = [
  {
    id: "gather",
    title: "gather: three fetches at once",
    file: path.join(gatherLesson, "gather_fetch.py"),
  },
  {
    id: "sequential",
    title: "Three fetches, one after another",
    file: path.join(gatherLesson, "sequential_fetch.py"),
  },
  { id: "top_level_await", title: "Top-level await" },
  { id: "taskgroup", title: "TaskGroup and a failing task" },
  { id: "timeout", title: "asyncio.timeout" },
  { id: "queue", title: "Producer and consumer with a Queue" },
];

export function loadStarters(): Starter[] {
  return STARTERS.map(({ id, title, file }) => ({
    id,
    title,
    code: readFileSync(file ?? path.join(dir, `${id}.py`), "utf8"),
  }));
}
