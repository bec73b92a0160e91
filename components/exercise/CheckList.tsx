import type { Evaluation } from "@/lib/exercise/evaluate";

interface Props {
  evaluation: Evaluation;
}

/** Each check with its verdict: what was expected and, for a failure, what happened. The list is
 * the same whatever happened (the first check is that the program runs without an error). */
export function CheckList({ evaluation }: Props) {
  return (
    <div role="status" data-checks={evaluation.passed ? "passed" : "failed"}>
      <p
        className={`font-semibold ${
          evaluation.passed
            ? "text-emerald-800 dark:text-emerald-300"
            : "text-rose-800 dark:text-rose-300"
        }`}
      >
        {evaluation.passed
          ? "All checks pass. Exercise solved!"
          : `${evaluation.results.filter((r) => !r.passed).length} of ${evaluation.results.length} checks failed.`}
      </p>
      <ul className="mt-2 grid gap-1.5 text-sm">
        {evaluation.results.map((result, index) => (
          <li key={index} className="flex gap-2" data-check={result.passed ? "passed" : "failed"}>
            <span
              aria-hidden="true"
              className={`font-bold ${
                result.passed
                  ? "text-emerald-700 dark:text-emerald-400"
                  : "text-rose-700 dark:text-rose-400"
              }`}
            >
              {result.passed ? "✓" : "✗"}
            </span>
            <span className="min-w-0 whitespace-pre-wrap text-zinc-800 dark:text-zinc-200">
              <span className="sr-only">{result.passed ? "Passed: " : "Failed: "}</span>
              {result.expected}{" "}
              <span
                className={
                  result.passed
                    ? "text-zinc-600 dark:text-zinc-400"
                    : "font-medium text-rose-800 dark:text-rose-300"
                }
              >
                {result.actual}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
