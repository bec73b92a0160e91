import type { RunResult } from "@/lib/runtime/trace";
import { DURATION_MIN_GAP, DURATION_TOLERANCE, outputLines } from "./check";
import type { Question } from "./schema";

const s = (x: number) => `${Number(x.toFixed(3))} s`;

/**
 * Checks a question about a program against the engine's run of it: a duration question must have
 * exactly one option within tolerance of the virtual elapsed time, and an order question must list
 * exactly the lines the program prints, in the order it prints them (the page shuffles them away
 * from that order, so it must know it). Returns what is wrong (empty when sound).
 */
export function verifyQuestion(question: Question, run: RunResult): string[] {
  const problems: string[] = [];
  if (run.error) problems.push(`the program raised ${run.error.type}: ${run.error.message}`);
  if (run.limit) problems.push(`the run was stopped: ${run.limit.message}`);
  if (question.kind === "duration") {
    const matches = question.options.filter(
      (option) => Math.abs(option - run.elapsed) <= DURATION_TOLERANCE,
    );
    if (matches.length !== 1) {
      problems.push(
        `the engine measured ${s(run.elapsed)}; exactly one option must be within ${s(DURATION_TOLERANCE)} of it, ${matches.length} are (options: ${question.options.map(s).join(", ")})`,
      );
    }
    const sorted = [...question.options].sort((a, b) => a - b);
    if (sorted.some((option, i) => i > 0 && option - sorted[i - 1]! < DURATION_MIN_GAP)) {
      problems.push(`options must be at least ${s(DURATION_MIN_GAP)} apart`);
    }
  }
  if (question.kind === "order") {
    const printed = outputLines(run.stdout);
    if (question.lines.join("\n") !== printed.join("\n")) {
      problems.push(
        `"lines" must be exactly the lines the program prints, in its order:\n${printed.join("\n")}`,
      );
    }
  }
  return problems;
}
