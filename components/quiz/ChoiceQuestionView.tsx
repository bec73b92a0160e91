"use client";

import { useId, useMemo, useState } from "react";
import { canAskForAnswer } from "@/lib/quiz/attempt";
import { checkChoice, isMultipleChoice, shuffled, type ChoiceVerdict } from "@/lib/quiz/check";
import type { ChoiceQuestion } from "@/lib/quiz/schema";
import type { QuestionRef } from "@/lib/progress/store";
import { Feedback, RevealedNote } from "./Feedback";
import { useAttempt } from "./useAttempt";
import { InlineText } from "./InlineText";
import { choiceClass, primaryButton } from "./styles";

interface Props {
  question: ChoiceQuestion;
  questionRef: QuestionRef;
  /** The id of the visible prompt: the choices are one group named by it. */
  labelledBy: string;
}

/**
 * Multiple choice, one or several answers, shown in an order seeded by the question's id (the file
 * lists the right answer first; a reload keeps the order). A first miss explains only what was picked.
 */
export function ChoiceQuestionView({ question, questionRef, labelledBy }: Props) {
  const name = useId();
  const multiple = isMultipleChoice(question);
  const order = useMemo(
    () =>
      shuffled(
        question.choices.map((_, index) => index),
        question.id,
      ),
    [question],
  );
  const [picked, setPicked] = useState<number[]>([]);
  const [verdict, setVerdict] = useState<ChoiceVerdict | null>(null);
  const { attempt, record, showAnswer } = useAttempt(questionRef);

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
    record(result.correct);
  };

  // What each choice shows: everything once solved or revealed; after a miss, only what was picked.
  const open = attempt.revealed || verdict?.correct === true;

  return (
    <div>
      {multiple ? (
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">Several answers are right.</p>
      ) : null}
      {/* The group is a wrapper: a list given a group role would orphan its items. */}
      <div role={multiple ? "group" : "radiogroup"} aria-labelledby={labelledBy}>
        <ul className="grid grid-cols-[minmax(0,1fr)] gap-2">
          {order.map((index) => {
            const choice = question.choices[index]!;
            const chosen = picked.includes(index);
            const checked = verdict !== null && chosen;
            const explain = open || checked;
            return (
              <li key={index}>
                <label
                  className={choiceClass({
                    picked: chosen,
                    right: (open && choice.correct) || (checked && choice.correct),
                    wrong: checked && !choice.correct,
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
                    {explain ? (
                      <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">
                        {checked || (open && choice.correct) ? (
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
      </div>
      <button
        type="button"
        className={`${primaryButton} mt-4`}
        disabled={picked.length === 0}
        onClick={check}
      >
        Check answer
      </button>
      {verdict?.correct ? (
        <Feedback verdict={attempt.revealed ? "revealed" : "correct"}>
          <p>
            {attempt.revealed
              ? "That is the answer shown above."
              : "The explanations above say why."}
          </p>
          {attempt.revealed ? <RevealedNote /> : null}
        </Feedback>
      ) : attempt.revealed ? (
        <Feedback verdict="revealed">
          <p>The right {multiple ? "answers are" : "answer is"} marked above, each with why.</p>
          <RevealedNote />
        </Feedback>
      ) : verdict ? (
        <Feedback verdict="wrong" onShowAnswer={canAskForAnswer(attempt) ? showAnswer : undefined}>
          {multiple && verdict.wrong.length === 0 ? (
            <p>Everything you picked is right, but you missed a right answer.</p>
          ) : (
            <p>The note under your answer says why it is wrong.</p>
          )}
          <p>
            <strong>Hint:</strong> <InlineText text={question.hint} />
          </p>
        </Feedback>
      ) : null}
    </div>
  );
}
