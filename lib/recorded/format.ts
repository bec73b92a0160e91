/**
 * A recorded run: what the course's engine printed and traced for one unedited program, made in
 * Node with the same Pyodide (`npm run record`), stored beside the program and shown on the page
 * before Python has loaded. The run itself is the engine's own wire form (`RunResultWireSchema`,
 * the format the page's worker already sends), so it is validated and expanded by the same code.
 */
import { z } from "zod";
import { expandRunResult, RunResultWireSchema, type RunResult } from "@/lib/runtime/trace";

/** Bump when the recording's own shape changes (a new trace field needs only a re-recording). */
export const RECORDING_FORMAT = 1;

export const VariesSchema = z.object({
  /** Indexes into the output of the parts whose text differed between the recording's runs. */
  parts: z.array(z.number().int()),
  /** Whether the trace differed (times, or which task got which name and lane). */
  trace: z.boolean(),
  /** Whether the run as on a slower device differed: the program computes for real. */
  computing: z.boolean(),
});
/** What differed between the recording's runs of one program: null when nothing did. */
export type Varies = z.infer<typeof VariesSchema>;

export const RecordingSchema = z.object({
  format: z.literal(RECORDING_FORMAT),
  /** SHA-256 of the program's source: a recording of other code is never shown as this one's. */
  source: z.string().regex(/^[0-9a-f]{64}$/),
  /** How it was run (as the page runs it). */
  options: z.object({ filename: z.string(), topLevelAwait: z.boolean() }),
  varies: VariesSchema.nullable(),
  /**
   * False when the two runs did not even print the same number of parts or run the same tasks:
   * the page then shows no recording, only that the program's run depends on the machine.
   */
  shown: z.boolean(),
  result: RunResultWireSchema,
});
export type Recording = z.infer<typeof RecordingSchema>;

/** Validates a stored recording; a malformed one becomes one clear Error naming `where`. */
export function parseRecording(json: string, where: string): Recording {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = RecordingSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `${where}: not a recording of this format; re-record with \`npm run record\`\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** The recording's run as the page uses it. */
export function recordedResult(recording: Recording): RunResult {
  return expandRunResult(recording.result);
}

/**
 * The file's text: one top-level key per line, so that a re-recording's diff says what changed
 * (source, varies, or the run) without a line per number.
 */
export function serializeRecording(recording: Recording): string {
  const lines = Object.entries(recording).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  return `{\n${lines.join(",\n")}\n}\n`;
}
