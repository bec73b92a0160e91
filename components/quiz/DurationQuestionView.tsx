"use client";

import { useId, useState } from "react";
import { canAskForAnswer } from "@/lib/quiz/attempt";
import { checkDuration, matchingDuration, type DurationVerdict } from "@/lib/quiz/check";
import type { DurationQuestion } from "@/lib/quiz/schema";
import type { QuestionRef } from "@/lib/progress/store";
import { Feedback, RevealedNote } from "./Feedback";
import { useAttempt } from "./useAttempt";
import { InlineText } from "./InlineText";
import { choiceClass, primaryButton } from "./styles";
import { runLabel, useProgramRun } from "./useProgramRun";

interface Props {
  question: DurationQuestion;
  code: string;
  questionRef: QuestionRef;
  labelledBy: string;
}

const seconds = (x: number) => `${Number(x.toFixed(2))} s`;

/**
 * Predict the duration: the answer is the engine's virtual elapsed time for this very program. A
 * first miss says only that the pick is wrong; the measured time is the answer, so it waits.
 */
export function DurationQuestionView({ question, code, questionRef, labelledBy }: Props) {
  const name = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<DurationVerdict | null>(null);
  const [elapsed, setElapsed] = useState<number | null>(null);
  const { attempt, record, showAnswer } = useAttempt(questionRef);
  const [failure, setFailure] = useState<string | null>(null);
  const program = useProgramRun(question.file.split("/").pop() ?? "quiz.py");

  const check = async () => {
    if (picked === null) return;
    setFailure(null);
    const outcome = await program.run(code);
    if ("failure" in outcome) {
      setFailure(outcome.failure);
      return;
    }
    const result = checkDuration(question.options, picked, outcome.result.elapsed);
    setVerdict(result);
    setElapsed(result.elapsed);
    record(result.correct);
  };

  const answerIndex =
    attempt.revealed && elapsed !== null ? matchingDuration(question.options, elapsed) : -1;

  return (
    <div>
      <div role="radiogroup" aria-labelledby={labelledBy} className="flex flex-wrap gap-2">
        {question.options.map((option, index) => (
          <label
            key={option}
            className={choiceClass({
              picked: picked === index,
              right: index === answerIndex || (verdict?.correct === true && picked === index),
              wrong: verdict !== null && picked === index && !verdict.correct,
              compact: true,
            })}
          >
            <input
              type="radio"
              name={name}
              checked={picked === index}
              onChange={() => {
                setPicked(index);
                setVerdict(null);
              }}
              className="size-4 accent-indigo-600"
            />
            <span className="font-mono">{seconds(option)}</span>
          </label>
        ))}
      </div>
      <button
        type="button"
        className={`${primaryButton} mt-4`}
        disabled={picked === null || program.state !== "idle"}
        onClick={() => void check()}
      >
        {runLabel(program.progress, program.state, "Run it and check")}
      </button>
      {failure ? <p className="mt-3 text-sm text-rose-700 dark:text-rose-400">{failure}</p> : null}
      {verdict?.correct || (attempt.revealed && elapsed !== null) ? (
        <Feedback verdict={attempt.revealed ? "revealed" : "correct"}>
          <p>
            The engine ran the program: it took <strong>{seconds(elapsed ?? 0)}</strong> of virtual
            time.
          </p>
          {attempt.revealed ? <RevealedNote /> : null}
        </Feedback>
      ) : verdict && picked !== null ? (
        <Feedback verdict="wrong" onShowAnswer={canAskForAnswer(attempt) ? showAnswer : undefined}>
          <p>The engine ran the program: it does not take {seconds(question.options[picked]!)}.</p>
          <p>
            <strong>Hint:</strong> <InlineText text={question.hint} />
          </p>
        </Feedback>
      ) : null}
    </div>
  );
}
