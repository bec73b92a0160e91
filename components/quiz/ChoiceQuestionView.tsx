"use client";

import { useId, useState } from "react";
import { checkChoice, isMultipleChoice, type ChoiceVerdict } from "@/lib/quiz/check";
import type { ChoiceQuestion } from "@/lib/quiz/schema";
import { getProgressStore } from "@/lib/progress/store";
import { Feedback } from "./Feedback";
import { InlineText } from "./InlineText";
import { choiceClass, primaryButton } from "./styles";

interface Props {
  question: ChoiceQuestion;
}

/** Multiple choice, one or several answers; each choice's explanation shows after answering. */
export function ChoiceQuestionView({ question }: Props) {
  const name = useId();
  const multiple = isMultipleChoice(question);
  const [picked, setPicked] = useState<number[]>([]);
  const [verdict, setVerdict] = useState<ChoiceVerdict | null>(null);

  const toggle = (index: number) => {
    setVerdict(null);
    setPicked((current) =>
      multiple
        ? current.includes(index)
          ? current.filter((i) => i !== index)
          : [...current, index].sort()
        : [index],
    );
  };

  const check = () => {
    const result = checkChoice(question, picked);
    setVerdict(result);
    getProgressStore().answerQuestion(question.id, result.correct);
  };

  return (
    <div>
      {multiple ? (
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">Several answers are right.</p>
      ) : null}
      <ul className="grid grid-cols-[minmax(0,1fr)] gap-2">
        {question.choices.map((choice, index) => {
          const chosen = picked.includes(index);
          const marked = verdict !== null && (chosen || choice.correct);
          return (
            <li key={index}>
              <label
                className={choiceClass({
                  picked: chosen,
                  right: verdict !== null && choice.correct,
                  wrong: verdict !== null && chosen && !choice.correct,
                })}
              >
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name={name}
                  checked={chosen}
                  onChange={() => toggle(index)}
                  className="mt-1 size-4 shrink-0 accent-indigo-600"
                />
                <span className="min-w-0">
                  <span className="block">
                    <InlineText text={choice.text} />
                  </span>
                  {verdict ? (
                    <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">
                      {marked ? (
                        <strong className="font-semibold">
                          {choice.correct ? "Right answer. " : "Wrong answer. "}
                        </strong>
                      ) : null}
                      <InlineText text={choice.explain} />
                    </span>
                  ) : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className={`${primaryButton} mt-4`}
        disabled={picked.length === 0}
        onClick={check}
      >
        Check answer
      </button>
      {verdict ? (
        <Feedback correct={verdict.correct}>
          {verdict.correct
            ? "The explanations above say why."
            : multiple && verdict.wrong.length === 0
              ? "You missed a right answer: read the explanations and try again."
              : "Read the explanations above and try again."}
        </Feedback>
      ) : null}
    </div>
  );
}
