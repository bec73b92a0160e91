import path from "node:path";
import { highlight } from "@/lib/content/highlight";
import { LESSONS_ROOT } from "@/lib/content/lessons";
import { questionHash } from "@/lib/quiz/hash";
import { readQuiz, readQuizProgram } from "@/lib/quiz/load";
import type { QuizItem } from "./QuizView";
import { QuizViewWhenNear } from "./QuizViewWhenNear";

interface Props {
  /** The lesson's folder, bound by the MDX registry. */
  dir: string;
}

/** `<Quiz />` in a lesson: the questions of its quiz.json (validated when lessons load). */
export async function Quiz({ dir }: Props) {
  const folder = path.join(LESSONS_ROOT, dir);
  const quiz = readQuiz(folder, `content/lessons/${dir}`);
  if (!quiz) throw new Error(`content/lessons/${dir}: <Quiz /> but no quiz.json`);
  const items: QuizItem[] = await Promise.all(
    quiz.questions.map(async (question) => {
      if (!question.file) return { question, hash: questionHash(question, null), program: null };
      const code = readQuizProgram(folder, question.file);
      return {
        question,
        hash: questionHash(question, code),
        program: { code, html: await highlight(code, "python") },
      };
    }),
  );
  return <QuizViewWhenNear title={quiz.title ?? "Check yourself"} items={items} />;
}
