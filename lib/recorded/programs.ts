// Build-time and test-time only (reads the file system): every program that has a recorded run.
import path from "node:path";
import { STARTER_RECORDINGS, starterFiles } from "@/components/playground/starters";
import { LESSONS_ROOT, loadLessons } from "@/lib/content/lessons";
import { lessonRecordingPath } from "./load";

export interface RecordedProgram {
  /** Short name in messages: `04-gather/gather_fetch.py`, `playground/queue`. */
  id: string;
  /** The program's file. */
  source: string;
  /** Its recording's file. */
  recording: string;
  /** How the page runs it. */
  options: { filename: string; topLevelAwait: boolean };
}

/**
 * Every `<Example file>` of every lesson (run as the lesson page runs it: the file's name in
 * tracebacks) and every playground starter (run as the playground runs it: top-level await on,
 * `main.py`).
 */
export function recordedPrograms(root: string = LESSONS_ROOT): RecordedProgram[] {
  const lessons = loadLessons(root).flatMap((lesson) =>
    lesson.examples.map((file) => ({
      id: `${lesson.dir}/${file}`,
      source: path.join(root, lesson.dir, file),
      recording: lessonRecordingPath(root, lesson.dir, file),
      options: { filename: file, topLevelAwait: false },
    })),
  );
  const starters = starterFiles().map(({ id, file }) => ({
    id: `playground/${id}`,
    source: file,
    recording: path.join(STARTER_RECORDINGS, `${id}.json`),
    options: { filename: "main.py", topLevelAwait: true },
  }));
  // An example shown twice in a lesson is recorded once.
  const seen = new Set<string>();
  return [...lessons, ...starters].filter(({ id }) => !seen.has(id) && seen.add(id));
}
