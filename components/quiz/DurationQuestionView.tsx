"use client";

import { useId, useState } from "react";
import { checkDuration, type DurationVerdict } from "@/lib/quiz/check";
import type { DurationQuestion } from "@/lib/quiz/schema";
import { getProgressStore } from "@/lib/progress/store";
import { Feedback } from "./Feedback";
import { choiceClass, primaryButton } from "./styles";
import { runLabel, useProgramRun } from "./useProgramRun";

interface Props {
  question: DurationQuestion;
  code: string;
}

const seconds = (x: number) => `${Number(x.toFixed(2))} s`;

/** Predict the duration: the answer is the engine's virtual elapsed time for this very program. */
export function DurationQuestionView({ question, code }: Props) {
  const name = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<DurationVerdict | null>(null);
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
    getProgressStore().answerQuestion(question.id, result.correct);
  };

  return (
    <div>
      <div role="radiogroup" aria-label="How long it takes" className="flex flex-wrap gap-2">
        {question.options.map((option, index) => (
          <label
            key={option}
            className={choiceClass({
              picked: picked === index,
              right: verdict !== null && index === verdict.answerIndex,
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
      {verdict ? (
        <Feedback correct={verdict.correct}>
          The engine ran the program: it took <strong>{seconds(verdict.elapsed)}</strong> of virtual
          time
          {verdict.correct
            ? "."
            : picked !== null
              ? `, not ${seconds(question.options[picked]!)}. Look at which waits overlap, and try again.`
              : "."}
        </Feedback>
      ) : null}
    </div>
  );
}
