import type { ReactNode } from "react";

interface Props {
  correct: boolean;
  children?: ReactNode;
}

/** The verdict after an answer, announced to screen readers as it appears. */
export function Feedback({ correct, children }: Props) {
  return (
    <div
      role="status"
      data-verdict={correct ? "correct" : "wrong"}
      className={`mt-4 rounded-lg border px-4 py-3 text-sm ${
        correct
          ? "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/40 dark:text-emerald-100"
          : "border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-700 dark:bg-rose-950/40 dark:text-rose-100"
      }`}
    >
      <p className="font-semibold">{correct ? "Correct!" : "Not quite."}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
