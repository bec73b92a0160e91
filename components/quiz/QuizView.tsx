"use client";

import type { Question } from "@/lib/quiz/schema";
import { useProgress } from "@/components/progress/useProgress";
import { ChoiceQuestionView } from "./ChoiceQuestionView";
import { DurationQuestionView } from "./DurationQuestionView";
import { InlineText } from "./InlineText";
import { OrderQuestionView } from "./OrderQuestionView";
import { ProgramCode } from "./ProgramCode";
import { card } from "./styles";

export interface QuizItem {
  question: Question;
  /** Program source and its highlighted HTML, for questions about a program. */
  program: { code: string; html: string } | null;
}

interface Props {
  title: string;
  items: QuizItem[];
}

const KIND_LABEL: Record<Question["kind"], string> = {
  choice: "Multiple choice",
  order: "Predict the output",
  duration: "Predict the duration",
};

/** A lesson's quiz: each question checks itself; the score counts answers kept in progress. */
export function QuizView({ title, items }: Props) {
  const progress = useProgress();
  const right = items.filter((item) => progress.quiz[item.question.id]?.correct).length;
  return (
    <section className="not-prose my-10" aria-labelledby="quiz-heading" data-quiz>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2
          id="quiz-heading"
          className="mt-0! mb-0! text-xl! font-bold! tracking-tight text-zinc-950 dark:text-white"
        >
          {title}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-quiz-score={right}>
          {right} of {items.length} answered correctly
        </p>
      </div>
      <ol className="mt-4 grid grid-cols-[minmax(0,1fr)] gap-5">
        {items.map(({ question, program }, index) => (
          <li key={question.id} className={`min-w-0 ${card}`} data-question={question.id}>
            <p className="text-xs font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
              {index + 1}. {KIND_LABEL[question.kind]}
              {progress.quiz[question.id]?.correct ? (
                <span className="ml-2 text-emerald-700 normal-case dark:text-emerald-400">
                  ✓ answered
                </span>
              ) : null}
            </p>
            <p className="mt-1 mb-3 font-medium text-zinc-950 dark:text-zinc-50">
              <InlineText text={question.prompt} />
            </p>
            {program && question.file ? (
              <ProgramCode html={program.html} file={question.file} />
            ) : null}
            {question.kind === "choice" ? (
              <ChoiceQuestionView question={question} />
            ) : question.kind === "order" ? (
              <OrderQuestionView question={question} code={program?.code ?? ""} />
            ) : (
              <DurationQuestionView question={question} code={program?.code ?? ""} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
