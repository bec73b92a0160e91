import type { Progress } from "./format";

function mergeMap<T>(a: Record<string, T>, b: Record<string, T>, pick: (x: T, y: T) => T) {
  const out: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = mine === undefined ? value : pick(mine, value);
  }
  return out;
}

const earliest = (x: number | null, y: number | null) =>
  x === null ? y : y === null ? x : Math.min(x, y);

/**
 * Two copies of progress made one (two tabs, or an imported file): nothing either knows is lost.
 * Per lesson the latest visit and the earliest completion, per question the latest answer (a tie
 * keeps the first copy's), per exercise the earliest solve.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    version: 2,
    lessons: mergeMap(a.lessons, b.lessons, (x, y) => ({
      visitedAt: Math.max(x.visitedAt, y.visitedAt),
      completedAt: earliest(x.completedAt, y.completedAt),
    })),
    quiz: mergeMap(a.quiz, b.quiz, (x, y) => (y.at > x.at ? y : x)),
    exercises: mergeMap(a.exercises, b.exercises, (x, y) => (y.solvedAt < x.solvedAt ? y : x)),
  };
}
