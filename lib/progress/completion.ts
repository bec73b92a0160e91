import type { Progress } from "./format";

/** A question as the content has it today: its id and the hash of what it asks. */
export interface QuestionRef {
  id: string;
  hash: string;
}

/** What a lesson asks of the reader before it counts as completed. */
export interface LessonRequirements {
  questions: QuestionRef[];
  exercises: string[];
}

export type QuestionState = "unanswered" | "correct" | "wrong" | "revealed";

/** The reader's standing on today's question: an answer to an earlier version of it does not count. */
export function questionState(progress: Progress, question: QuestionRef): QuestionState {
  const answer = progress.quiz[question.id];
  if (!answer || answer.outcome === "cleared") return "unanswered";
  if (answer.hash !== null && answer.hash !== question.hash) return "unanswered";
  return answer.outcome;
}

/**
 * Completed = every question of the lesson answered correctly (not revealed) and every exercise
 * solved, judged against today's content: a changed question is asked again, a removed one no longer
 * counts. A lesson with nothing to answer is completed once visited.
 */
export function isLessonDone(progress: Progress, slug: string, needs: LessonRequirements): boolean {
  if (needs.questions.length === 0 && needs.exercises.length === 0) {
    return progress.lessons[slug] !== undefined;
  }
  return (
    needs.questions.every((question) => questionState(progress, question) === "correct") &&
    needs.exercises.every((id) => progress.exercises[id] !== undefined)
  );
}

export interface CourseLesson {
  slug: string;
  practice: LessonRequirements;
}

/** The course lesson visited last (latest visit), or null before any visit. */
export function lastVisited<T extends CourseLesson>(progress: Progress, lessons: T[]): T | null {
  let best: T | null = null;
  for (const lesson of lessons) {
    const visit = progress.lessons[lesson.slug];
    if (visit && (!best || visit.visitedAt > progress.lessons[best.slug]!.visitedAt)) best = lesson;
  }
  return best;
}

/**
 * Where "continue" leads: the lesson visited last while it is unfinished, else the next unfinished
 * lesson after it, else the first unfinished one; null before any visit or when all are done.
 */
export function continueLesson<T extends CourseLesson>(progress: Progress, lessons: T[]): T | null {
  const last = lastVisited(progress, lessons);
  if (!last) return null;
  const unfinished = (lesson: T) => !isLessonDone(progress, lesson.slug, lesson.practice);
  if (unfinished(last)) return last;
  const after = lessons.slice(lessons.indexOf(last) + 1).find(unfinished);
  return after ?? lessons.find(unfinished) ?? null;
}
