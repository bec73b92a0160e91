/**
 * The stored format of a reader's progress, every version of it, and the checks that tell them apart.
 *
 * ## Where it is kept (localStorage)
 * - `asyncio-live:progress`: the current format, a JSON object with an integer `version`. A later
 *   build writes its own higher version here; this build then never writes this key (see below).
 * - `asyncio-live:progress:v2`: this build's progress when `asyncio-live:progress` holds a newer
 *   version it cannot read. Kept *beside* the newer data so that a rollback destroys nothing.
 * - `asyncio-live:v1:progress`: version 1, written by builds before version 2. Read, never written:
 *   a rolled-back version-1 build still finds its own data (it would take anything else for corrupt
 *   and overwrite it). Its answers are merged into the current progress on every read.
 * - `asyncio-live:progress:backup`: the first unreadable value found in the current key, kept once
 *   before it is replaced.
 *
 * ## Version 2 (written by this build)
 * ```json
 * {
 *   "version": 2,
 *   "lessons":   { "<lesson slug>": { "visitedAt": ms, "completedAt": ms | null } },
 *   "quiz":      { "<question id>": { "outcome": "correct" | "wrong" | "revealed" | "cleared",
 *                                     "at": ms, "hash": "<content hash>" | null } },
 *   "exercises": { "<lesson slug>/<exercise name>": { "solvedAt": ms } }
 * }
 * ```
 * Times are integer milliseconds since the epoch. Keys are ids from the content (slugs, question
 * ids), never positions, so reordering lessons, questions or choices changes nothing. `hash` is the
 * question's content hash when it was answered: an answer counts only while it matches the current
 * question (a changed question is asked again); `null` means "answered before hashes were recorded"
 * (migrated from version 1) and is trusted. `revealed` is an answer the reader was shown: it never
 * counts as correct. `cleared` is a tombstone ("start the quiz over") so that merging with another
 * tab's older copy does not bring the answer back. The last lesson visited is the one with the latest
 * `visitedAt`. Merging two copies keeps, per entry, the latest answer and the earliest completion.
 *
 * ## Version 1
 * `{ version: 1, lessons: {slug: {visitedAt, completedAt}}, quiz: {id: {correct: boolean, at}},
 *   exercises: {id: {solvedAt}}, lastLesson: slug | null }`
 */

export const CURRENT_VERSION = 2;

export const PROGRESS_KEYS = {
  current: "asyncio-live:progress",
  beside: "asyncio-live:progress:v2",
  legacy: "asyncio-live:v1:progress",
  backup: "asyncio-live:progress:backup",
} as const;

export type Outcome = "correct" | "wrong" | "revealed" | "cleared";

export interface QuizAnswer {
  outcome: Outcome;
  at: number;
  hash: string | null;
}

export interface LessonVisit {
  visitedAt: number;
  completedAt: number | null;
}

export interface Progress {
  version: 2;
  lessons: Record<string, LessonVisit>;
  quiz: Record<string, QuizAnswer>;
  exercises: Record<string, { solvedAt: number }>;
}

export interface ProgressV1 {
  version: 1;
  lessons: Record<string, LessonVisit>;
  quiz: Record<string, { correct: boolean; at: number }>;
  exercises: Record<string, { solvedAt: number }>;
  lastLesson: string | null;
}

export function emptyProgress(): Progress {
  return { version: 2, lessons: {}, quiz: {}, exercises: {} };
}

// Checked by hand, not with zod: this module is in every lesson page's first JavaScript, and for
// a schema this small Turbopack would ship all of zod (31 KB gzipped; zod/mini's core still 23 KB).
type Entry = Record<string, unknown>;
export const isEntry = (value: unknown): value is Entry =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isTimestamp = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isMapOf = (value: unknown, valid: (entry: Entry) => boolean): boolean =>
  isEntry(value) && Object.values(value).every((entry) => isEntry(entry) && valid(entry));
const isVisit = (e: Entry) =>
  isTimestamp(e.visitedAt) && (e.completedAt === null || isTimestamp(e.completedAt));
const isSolved = (e: Entry) => isTimestamp(e.solvedAt);
const OUTCOMES: readonly unknown[] = ["correct", "wrong", "revealed", "cleared"];

export function isProgressV1(value: unknown): value is ProgressV1 {
  return (
    isEntry(value) &&
    value.version === 1 &&
    isMapOf(value.lessons, isVisit) &&
    isMapOf(value.quiz, (e) => typeof e.correct === "boolean" && isTimestamp(e.at)) &&
    isMapOf(value.exercises, isSolved) &&
    (value.lastLesson === null || typeof value.lastLesson === "string")
  );
}

export function isProgressV2(value: unknown): value is Progress {
  return (
    isEntry(value) &&
    value.version === 2 &&
    isMapOf(value.lessons, isVisit) &&
    isMapOf(
      value.quiz,
      (e) =>
        OUTCOMES.includes(e.outcome) &&
        isTimestamp(e.at) &&
        (e.hash === null || typeof e.hash === "string"),
    ) &&
    isMapOf(value.exercises, isSolved)
  );
}

/** An object that says it is a later version than this build knows: never ours to overwrite. */
export function isNewerVersion(value: unknown): boolean {
  return (
    isEntry(value) && Number.isInteger(value.version) && (value.version as number) > CURRENT_VERSION
  );
}

/** Only the known fields, so unknown extras in storage never travel into what this build writes. */
export function cleanProgress(p: Progress): Progress {
  return { version: 2, lessons: p.lessons, quiz: p.quiz, exercises: p.exercises };
}
