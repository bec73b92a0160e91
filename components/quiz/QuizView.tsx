"use client";

import { useState } from "react";
import type { Question } from "@/lib/quiz/schema";
import { questionState } from "@/lib/progress/completion";
import { getProgressStore } from "@/lib/progress/store";
import { useProgress } from "@/components/progress/useProgress";
import { ChoiceQuestionView } from "./ChoiceQuestionView";
import { DurationQuestionView } from "./DurationQuestionView";
import { InlineText } from "./InlineText";
import { OrderQuestionView } from "./OrderQuestionView";
import { ProgramCode } from "./ProgramCode";
import { card } from "./styles";

export interface QuizItem {
  question: Question;
  /** The question's content hash (lib/quiz/hash.ts): progress keeps it with the answer. */
  hash: string;
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
  // Bumped by "start over", so every question forgets its tries and picks.
  const [round, setRound] = useState(0);
  const refs = items.map(({ question, hash }) => ({ id: question.id, hash }));
  const states = refs.map((ref) => questionState(progress, ref));
  const right = states.filter((state) => state === "correct").length;
  const revealed = states.filter((state) => state === "revealed").length;
  const answeredAny = states.some((state) => state !== "unanswered");

  return (
    <section className="not-prose my-10" aria-labelledby="quiz-heading" data-quiz>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2
          id="quiz-heading"
          className="mt-0! mb-0! text-xl! font-bold! tracking-tight text-zinc-950 dark:text-white"
        >
          {title}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <span data-quiz-score={right}>
            {right} of {items.length} answered correctly
          </span>
          {revealed > 0 ? (
            <span data-quiz-revealed={revealed}> · {revealed} revealed (not counted)</span>
          ) : null}
          {answeredAny ? (
            <button
              type="button"
              className="ml-3 font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
              onClick={() => {
                getProgressStore().clearAnswers(refs);
                setRound((n) => n + 1);
              }}
            >
              Start the quiz over
            </button>
          ) : null}
        </p>
      </div>
      <ol className="mt-4 grid grid-cols-[minmax(0,1fr)] gap-5">
        {items.map(({ question, program }, index) => {
          const promptId = `quiz-${question.id}-prompt`;
          const state = states[index]!;
          const ref = refs[index]!;
          return (
            <li
              key={`${question.id}:${round}`}
              className={`min-w-0 ${card}`}
              data-question={question.id}
              data-state={state}
            >
              <p className="text-xs font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
                {index + 1}. {KIND_LABEL[question.kind]}
                {state === "correct" ? (
                  <span className="ml-2 text-emerald-700 normal-case dark:text-emerald-400">
                    ✓ answered
                  </span>
                ) : state === "revealed" ? (
                  <span className="ml-2 text-amber-700 normal-case dark:text-amber-400">
                    answer revealed
                  </span>
                ) : null}
              </p>
              <p id={promptId} className="mt-1 mb-3 font-medium text-zinc-950 dark:text-zinc-50">
                <InlineText text={question.prompt} />
              </p>
              {program && question.file ? (
                <ProgramCode html={program.html} file={question.file} />
              ) : null}
              {question.kind === "choice" ? (
                <ChoiceQuestionView question={question} questionRef={ref} labelledBy={promptId} />
              ) : question.kind === "order" ? (
                <OrderQuestionView
                  question={question}
                  code={program?.code ?? ""}
                  questionRef={ref}
                  labelledBy={promptId}
                />
              ) : (
                <DurationQuestionView
                  question={question}
                  code={program?.code ?? ""}
                  questionRef={ref}
                  labelledBy={promptId}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
