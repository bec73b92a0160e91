import {
  cleanProgress,
  isNewerVersion,
  isProgressV1,
  isProgressV2,
  type Progress,
  type ProgressV1,
} from "./format";

/**
 * Version 1 → 2: an answer becomes an outcome, with no content hash (it was given before hashes were
 * recorded, so it is trusted as an answer to today's question); the last lesson visited is implied by
 * the latest visit, so `lastLesson` only makes sure that lesson's visit is the latest.
 */
export function migrateV1(v1: ProgressV1): Progress {
  const quiz: Progress["quiz"] = {};
  for (const [id, answer] of Object.entries(v1.quiz)) {
    quiz[id] = { outcome: answer.correct ? "correct" : "wrong", at: answer.at, hash: null };
  }
  const lessons = { ...v1.lessons };
  const last = v1.lastLesson === null ? undefined : lessons[v1.lastLesson];
  if (last) {
    const latest = Math.max(...Object.values(lessons).map((visit) => visit.visitedAt));
    if (last.visitedAt < latest) lessons[v1.lastLesson!] = { ...last, visitedAt: latest };
  }
  return { version: 2, lessons, quiz, exercises: { ...v1.exercises } };
}

/** What a stored value turned out to be. */
export type Stored =
  | { kind: "empty" }
  | { kind: "ok"; progress: Progress }
  | { kind: "newer"; version: number }
  | { kind: "corrupt" };

/** Reads any stored text: the current version, an older one migrated forward, or what it is not. */
export function readStored(text: string | null): Stored {
  if (text === null) return { kind: "empty" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: "corrupt" };
  }
  if (isProgressV2(data)) return { kind: "ok", progress: cleanProgress(data) };
  if (isProgressV1(data)) return { kind: "ok", progress: migrateV1(data) };
  if (isNewerVersion(data))
    return { kind: "newer", version: (data as { version: number }).version };
  return { kind: "corrupt" };
}
