"use client";

import { useState } from "react";
import { afterCheck, freshAttempt, reveal, type Attempt } from "@/lib/quiz/attempt";
import { getProgressStore, type QuestionRef } from "@/lib/progress/store";

export interface AttemptControls {
  attempt: Attempt;
  /** A checked answer: updates the tries (a second miss shows the answer) and progress. */
  record(correct: boolean): void;
  /** "Show answer": the question is recorded as revealed. */
  showAnswer(): void;
}

/** One question's tries, kept in step with the reader's progress (lib/quiz/attempt.ts). */
export function useAttempt(question: QuestionRef): AttemptControls {
  const [attempt, setAttempt] = useState(freshAttempt);
  return {
    attempt,
    record(correct) {
      const next = afterCheck(attempt, correct);
      setAttempt(next);
      const store = getProgressStore();
      if (next.revealed && !attempt.revealed) store.revealAnswer(question);
      store.answerQuestion(question, correct);
    },
    showAnswer() {
      setAttempt(reveal(attempt));
      getProgressStore().revealAnswer(question);
    },
  };
}
