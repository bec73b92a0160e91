// Build-time only (reads files): the recorded run a page shows for a program, if it may show one.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { RunResultWire } from "@/lib/runtime/trace";
import { parseRecording, type Varies } from "./format";
import { sourceHash } from "./source-hash";

/** A lesson example's recording: `content/lessons/<dir>/recorded/<name>.json`. */
export function lessonRecordingPath(root: string, dir: string, file: string): string {
  return path.join(root, dir, "recorded", file.replace(/\.py$/, ".json"));
}

/** What the page carries for one example: the run (compact) and what in it varies. */
export interface ShownRecording {
  run: RunResultWire;
  varies: Varies | null;
}

/**
 * The recording at `file` if it is of exactly this code and run the way the page runs it: a
 * recording of other code (an example edited without `npm run record`) is never shown as this
 * one's; the recording check in `npm test` fails meanwhile. Null too when the program's runs differ
 * too much to show one.
 */
export function readShownRecording(
  file: string,
  code: string,
  options: { filename: string; topLevelAwait: boolean },
): ShownRecording | null {
  if (!existsSync(file)) return null;
  const recording = parseRecording(readFileSync(file, "utf8"), file);
  const sameRun =
    recording.source === sourceHash(code) &&
    recording.options.filename === options.filename &&
    recording.options.topLevelAwait === options.topLevelAwait;
  if (!sameRun || !recording.shown) return null;
  return { run: recording.result, varies: recording.varies };
}
