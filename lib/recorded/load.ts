// Build-time only (reads files): the recorded run a page shows for a program, if it may show one.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { RunResult } from "@/lib/runtime/trace";
import { parseRecording, recordedResult, type Varies } from "./format";
import { sourceHash } from "./source-hash";

/** A lesson example's recording: `content/lessons/<dir>/recorded/<name>.json`. */
export function lessonRecordingPath(root: string, dir: string, file: string): string {
  return path.join(root, dir, "recorded", file.replace(/\.py$/, ".json"));
}

/** The largest recorded run a page carries, in characters of JSON. */
export const MAX_EMBEDDED_CHARS = 64 * 1024;

/**
 * What the page carries for one example: the run, expanded on the server (so the browser needs
 * neither the wire form's schema nor zod; expanded, it is some 60 bytes larger gzipped), and what
 * in it varies.
 */
export interface ShownRecording {
  result: RunResult;
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
  // A huge trace (thousands of tasks) would weigh down the page's HTML: such a program shows no
  // recording (none of today's examples comes near; the largest is under 4 KB).
  if (JSON.stringify(recording.result).length > MAX_EMBEDDED_CHARS) return null;
  return { result: recordedResult(recording), varies: recording.varies };
}
