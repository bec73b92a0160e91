import type { RunResult } from "@/lib/runtime/trace";
import { evaluateChecks, type Evaluation } from "./evaluate";
import type { ExerciseSource } from "./load";

export interface ExerciseReport {
  /** e.g. "content/lessons/04-gather/exercises/gather-the-fetches". */
  where: string;
  solution: Evaluation;
  starter: Evaluation;
  /** Empty when the exercise is sound: its solution passes and its starter fails. */
  problems: string[];
}

/** Sentences for what failed, for a report. */
export function failures(evaluation: Evaluation): string[] {
  // A crash is its own sentence; the list's "Runs to the end without an error." repeats it.
  return [
    ...(evaluation.problem ? [evaluation.problem] : []),
    ...evaluation.results
      .slice(1)
      .filter((r) => !r.passed)
      .map((r) => `${r.expected} ${r.actual}`),
  ];
}

/**
 * An exercise ships only if its solution passes every check and its starter fails at least one
 * (otherwise there is nothing to do, or nothing that can be done).
 */
export function verifyExercise(
  run: (code: string) => RunResult,
  exercise: ExerciseSource,
  where: string,
): ExerciseReport {
  const solution = evaluateChecks(exercise.spec.checks, run(exercise.solution));
  const starter = evaluateChecks(exercise.spec.checks, run(exercise.starter));
  const problems: string[] = [];
  if (!solution.passed) {
    problems.push(`solution.py fails its checks: ${failures(solution).join(" ")}`);
  }
  if (starter.passed) problems.push("starter.py already passes every check");
  return { where, solution, starter, problems };
}
