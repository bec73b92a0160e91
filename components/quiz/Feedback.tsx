import type { ReactNode } from "react";
import { secondaryButton } from "./styles";

interface Props {
  /** `revealed`: the reader was shown the answer (it will not count). */
  verdict: "correct" | "wrong" | "revealed";
  children?: ReactNode;
  /** Offered after a miss, until the answer is out. */
  onShowAnswer?: () => void;
}

const TITLE = { correct: "Correct!", wrong: "Not quite.", revealed: "Here is the answer." };

/** The verdict after an answer, announced to screen readers as it appears. */
export function Feedback({ verdict, children, onShowAnswer }: Props) {
  const colour =
    verdict === "correct"
      ? "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/40 dark:text-emerald-100"
      : verdict === "wrong"
        ? "border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-700 dark:bg-rose-950/40 dark:text-rose-100"
        : "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100";
  return (
    <div
      role="status"
      data-verdict={verdict}
      className={`mt-4 rounded-lg border px-4 py-3 text-sm ${colour}`}
    >
      <p className="font-semibold">{TITLE[verdict]}</p>
      {children ? <div className="mt-1 space-y-1">{children}</div> : null}
      {onShowAnswer ? (
        <button type="button" className={`${secondaryButton} mt-3`} onClick={onShowAnswer}>
          Show answer
        </button>
      ) : null}
    </div>
  );
}

/** Under a shown answer: why it no longer counts, and how to earn it. */
export function RevealedNote() {
  return (
    <p className="text-xs opacity-90">
      A shown answer does not count toward completing the lesson. “Start the quiz over” (at the top
      of the quiz) asks every question afresh.
    </p>
  );
}
