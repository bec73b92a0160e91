import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseQuiz, type Quiz } from "./schema";

/** The quiz of a lesson folder lives in `quiz.json` beside `lesson.mdx`. */
export const QUIZ_FILE = "quiz.json";

/**
 * Reads and validates a lesson's quiz (null when the folder has none). Throws an Error whose message
 * names the file, so a broken quiz fails the build with a pointer to what to fix.
 */
export function readQuiz(lessonDir: string, shownAs = lessonDir): Quiz | null {
  const file = path.join(lessonDir, QUIZ_FILE);
  if (!existsSync(file)) return null;
  const where = `${shownAs}/${QUIZ_FILE}`;
  let quiz: Quiz;
  try {
    quiz = parseQuiz(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
  for (const question of quiz.questions) {
    if (!question.file) continue;
    const program = path.join(lessonDir, question.file);
    if (!existsSync(program) || !statSync(program).isFile()) {
      throw new Error(`${where}: question "${question.id}" — no such file "${question.file}"`);
    }
  }
  return quiz;
}

/** Source of a quiz program, read at build time (the path was checked by readQuiz). */
export function readQuizProgram(lessonDir: string, file: string): string {
  return readFileSync(path.join(lessonDir, file), "utf8").replace(/\n$/, "");
}
