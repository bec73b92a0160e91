import { CURRENT_VERSION, isEntry, type Progress } from "./format";
import { readStored } from "./migrate";

/** Far above any real progress file (a finished course is a few KB): anything bigger is not one. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportResult =
  | { ok: true; progress: Progress; answers: number; exercises: number; lessons: number }
  | { ok: false; message: string };

const NOT_OURS =
  "This file is not a progress file from this course (export one with “Save progress to a file”).";

/**
 * Reads a file made by "Save progress to a file" (or the raw stored value of any version this build
 * reads). Says plainly what is wrong with anything else.
 */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: "This file is too big to be a progress file (over 1 MB)." };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `${NOT_OURS} It is not JSON.` };
  }
  const inner = isEntry(data) && data.course === "asyncio-live" ? data.progress : data;
  const stored = readStored(JSON.stringify(inner ?? null));
  if (stored.kind === "newer") {
    return {
      ok: false,
      message: `This file was saved by a newer version of the course (format ${stored.version}; this page reads up to ${CURRENT_VERSION}). Reload the page to get the newest version, then try again.`,
    };
  }
  if (stored.kind !== "ok") return { ok: false, message: NOT_OURS };
  const { progress } = stored;
  const answers = Object.values(progress.quiz).filter((a) => a.outcome === "correct").length;
  return {
    ok: true,
    progress,
    answers,
    exercises: Object.keys(progress.exercises).length,
    lessons: Object.keys(progress.lessons).length,
  };
}
