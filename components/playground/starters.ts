// Build-time only (reads files): the starter programs, real .py files beside this module.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readShownRecording, type ShownRecording } from "@/lib/recorded/load";

export interface Starter {
  id: string;
  title: string;
  code: string;
  /** Its recorded run (as the playground runs it), shown until the reader runs something. */
  recorded: ShownRecording | null;
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

/** Each starter's id and the file its program lives in. */
export function starterFiles(): { id: string; file: string }[] {
  return STARTERS.map(({ id, file }) => ({ id, file: file ?? path.join(dir, `${id}.py`) }));
}

/** Where a starter's recorded run lives (`npm run record` writes it). */
export const STARTER_RECORDINGS = path.join(dir, "recorded");

export function loadStarters(): Starter[] {
  return starterFiles().map(({ id, file }) => {
    const code = readFileSync(file, "utf8");
    return {
      id,
      title: STARTERS.find((starter) => starter.id === id)?.title ?? id,
      code,
      recorded: readShownRecording(path.join(STARTER_RECORDINGS, `${id}.json`), code, {
        filename: "main.py",
        topLevelAwait: true,
      }),
    };
  });
}
