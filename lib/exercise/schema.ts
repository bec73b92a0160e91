import { z } from "zod";

const seconds = z.number().positive();

/** One check run on a finished program. Each says in plain words what it expects. */
export const CheckSchema = z.discriminatedUnion("type", [
  /** stdout contains this text. */
  z.strictObject({ type: z.literal("output-contains"), text: z.string().min(1) }),
  /** stdout does not contain this text. */
  z.strictObject({ type: z.literal("output-excludes"), text: z.string().min(1) }),
  /** stdout, without trailing whitespace, equals this text. */
  z.strictObject({ type: z.literal("output-equals"), text: z.string() }),
  /** The coroutine (e.g. "main") returned a value whose repr is this. */
  z.strictObject({ type: z.literal("result"), coro: z.string().min(1), repr: z.string() }),
  /** Virtual time of the whole run is at most this. */
  z.strictObject({ type: z.literal("max-elapsed"), seconds }),
  /** At least this many tasks besides the one `asyncio.run` starts. */
  z.strictObject({ type: z.literal("min-tasks"), count: z.number().int().positive() }),
  /** At some moment at least this many tasks wait at the same time (real overlap). */
  z.strictObject({ type: z.literal("min-overlap"), count: z.number().int().min(2) }),
  /** At no moment do more than this many tasks wait in `asyncio.sleep` together (a limit holds). */
  z.strictObject({ type: z.literal("max-sleeping"), count: z.number().int().positive() }),
  /** At no moment are more than this many requests on the simulated web (simweb) in flight. */
  z.strictObject({ type: z.literal("max-requests"), count: z.number().int().positive() }),
  /** At no moment are more than this many simweb requests to any one host in flight. */
  z.strictObject({
    type: z.literal("max-requests-per-host"),
    count: z.number().int().positive(),
  }),
  /** No single step of any task runs longer than this: nothing blocks the event loop. */
  z.strictObject({ type: z.literal("max-step"), seconds }),
]);
export type Check = z.infer<typeof CheckSchema>;

export const ExerciseSpecSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Revealed one at a time. */
  hints: z.array(z.string().trim().min(1)).min(1, "give at least one hint"),
  checks: z.array(CheckSchema).min(1, "an exercise needs at least one check"),
});
export type ExerciseSpec = z.infer<typeof ExerciseSpecSchema>;

/** Parses checks.json text; the message says what is wrong (the caller adds the file name). */
export function parseExerciseSpec(text: string): ExerciseSpec {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ExerciseSpecSchema.safeParse(raw);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}
