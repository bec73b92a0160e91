import { createHash } from "node:crypto";
import type { Question } from "./schema";

/**
 * A short hash of what a question asks: its prompt, its program, and its answer space (choices with
 * which are right, the lines, the options). Choices are sorted first, so showing them in another
 * order is not a change; explanations and hints are left out, so rewording them does not make
 * readers answer again. Progress records it with each answer (see lib/progress/format.ts).
 */
export function questionHash(question: Question, program: string | null): string {
  const asks =
    question.kind === "choice"
      ? question.choices.map((c) => `${c.correct ? "+" : "-"}${c.text}`).sort()
      : question.kind === "order"
        ? question.lines
        : question.options.map(String);
  const text = JSON.stringify([question.kind, question.prompt, program ?? "", asks]);
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}
