// Build-time only (reads files): the starter programs, real .py files beside this module.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Starter {
  id: string;
  title: string;
  code: string;
}

const STARTERS: { id: string; title: string }[] = [
  { id: "gather", title: "gather: three fetches at once" },
  { id: "sequential", title: "Three fetches, one after another" },
  { id: "top_level_await", title: "Top-level await" },
  { id: "taskgroup", title: "TaskGroup and a failing task" },
  { id: "timeout", title: "asyncio.timeout" },
  { id: "queue", title: "Producer and consumer with a Queue" },
];

const dir = path.join(process.cwd(), "components", "playground", "starters");

export function loadStarters(): Starter[] {
  return STARTERS.map(({ id, title }) => ({
    id,
    title,
    code: readFileSync(path.join(dir, `${id}.py`), "utf8"),
  }));
}
