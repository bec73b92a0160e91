import { readFileSync } from "node:fs";
import path from "node:path";
import { LESSONS_ROOT, loadLessons, type LessonMeta } from "../../lib/content/lessons";
import { readQuiz } from "../../lib/quiz/load";
import type { Question } from "../../lib/quiz/schema";

/** The course as the files on disk describe it: the truth the built pages are checked against. */
export const lessons: LessonMeta[] = loadLessons();

export const lessonPath = (lesson: Pick<LessonMeta, "slug">) => `/lessons/${lesson.slug}/`;

/** The lesson in `content/lessons/<dir>` (e.g. "04-gather"). */
export function lessonByDir(dir: string): LessonMeta {
  const lesson = lessons.find((l) => l.dir === dir);
  if (!lesson) throw new Error(`no lesson in content/lessons/${dir}`);
  return lesson;
}

/** The page of the lesson in `content/lessons/<dir>`. */
export const lessonUrl = (dir: string) => lessonPath(lessonByDir(dir));

/**
 * The lesson that exercises the most of the page's machinery (examples, callouts, fenced code),
 * for screenshots.
 */
export function showcaseLesson(): LessonMeta {
  const score = (lesson: LessonMeta) => {
    const mdx = readFileSync(path.join(LESSONS_ROOT, lesson.dir, "lesson.mdx"), "utf8");
    const has = (pattern: RegExp) => (pattern.test(mdx) ? 1 : 0);
    return (
      has(/<Example\b/) * 4 + has(/<Callout\b/) * 2 + has(/^```/m) + lesson.examples.length / 100
    );
  };
  const best = [...lessons].sort((a, b) => score(b) - score(a))[0];
  if (!best) throw new Error("no lessons in content/lessons");
  return best;
}

/** Every quiz question of the course, with the folder of its lesson. */
export const quizQuestions: (Question & { lesson: LessonMeta })[] = lessons.flatMap((lesson) =>
  (readQuiz(path.join(LESSONS_ROOT, lesson.dir))?.questions ?? []).map((question) => ({
    ...question,
    lesson,
  })),
);

/** One question as quiz.json has it (so tests follow the content instead of copying its text). */
export function quizQuestion(id: string): Question & { lesson: LessonMeta } {
  const found = quizQuestions.find((question) => question.id === id);
  if (!found) throw new Error(`no quiz question "${id}"`);
  return found;
}

/** The reader-visible text of quiz markup (`code` and *emphasis* marks dropped). */
export const plain = (text: string) => text.replace(/[`*]/g, "");
