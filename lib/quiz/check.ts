import type { ChoiceQuestion, OrderQuestion } from "./schema";

/**
 * How close one option must be to the engine's elapsed time when the quiz data is verified (in Node,
 * on an idle engine). In the browser, running Python costs its wall time too, so a busy machine adds
 * a little to the virtual elapsed time: there the nearest option wins, and options are kept at least
 * DURATION_MIN_GAP apart so that a few tenths of a second cannot change the answer.
 */
export const DURATION_TOLERANCE = 0.05;
export const DURATION_MIN_GAP = 0.5;

export interface ChoiceVerdict {
  correct: boolean;
  /** Correct choices the reader did not pick. */
  missed: number[];
  /** Wrong choices the reader picked. */
  wrong: number[];
}

/** A choice answer is right when the reader picked exactly the correct choices. */
export function checkChoice(question: ChoiceQuestion, picked: readonly number[]): ChoiceVerdict {
  const chosen = new Set(picked);
  const missed: number[] = [];
  const wrong: number[] = [];
  question.choices.forEach((choice, index) => {
    if (choice.correct && !chosen.has(index)) missed.push(index);
    if (!choice.correct && chosen.has(index)) wrong.push(index);
  });
  return { correct: missed.length === 0 && wrong.length === 0, missed, wrong };
}

/** Several answers are right: the UI then offers checkboxes instead of radio buttons. */
export function isMultipleChoice(question: ChoiceQuestion): boolean {
  return question.choices.filter((c) => c.correct).length > 1;
}

/** The program's printed lines, as the reader orders them (trailing newline dropped, blank lines kept
 * only inside). */
export function outputLines(stdout: string): string[] {
  const lines = stdout.replace(/\n$/, "").split("\n");
  return lines.length === 1 && lines[0] === "" ? [] : lines;
}

export interface OrderVerdict {
  correct: boolean;
  /** For each position of the reader's order: did it hold the line the program printed there? */
  positions: boolean[];
  /** What the program actually printed. */
  actual: string[];
}

/** Compares the reader's order with the lines the program printed. */
export function checkOrder(answer: readonly string[], actual: readonly string[]): OrderVerdict {
  const positions = answer.map((line, index) => actual[index] === line);
  return {
    correct: answer.length === actual.length && positions.every(Boolean),
    positions,
    actual: [...actual],
  };
}

/** Index of the option nearest the engine's elapsed time (-1 without options). */
export function matchingDuration(options: readonly number[], elapsed: number): number {
  let best = -1;
  options.forEach((option, index) => {
    if (best === -1 || Math.abs(option - elapsed) < Math.abs(options[best]! - elapsed))
      best = index;
  });
  return best;
}

export interface DurationVerdict {
  correct: boolean;
  /** The option nearest the measured time. */
  answerIndex: number;
  elapsed: number;
}

export function checkDuration(
  options: readonly number[],
  picked: number,
  elapsed: number,
): DurationVerdict {
  const answerIndex = matchingDuration(options, elapsed);
  return { correct: answerIndex !== -1 && picked === answerIndex, answerIndex, elapsed };
}

/**
 * A stable shuffle: the same order on the server and in the browser, and after a reload, for the same
 * seed (a question's id). `items` are given in the solved order; the result is never that order,
 * nor (from three items on) its exact reverse, which a reader would spot at once.
 */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const random = () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 3266489909) >>> 0;
    return ((h ^= h >>> 16) >>> 0) / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  const same = (order: readonly T[]) => order.every((item, index) => item === items[index]);
  // A rotation of a solved or reversed order is neither (for three or more distinct items).
  if (out.length > 1 && (same(out) || (out.length > 2 && same([...out].reverse()))))
    out.push(out.shift()!);
  return out;
}

/** The order an order question starts in (indices into `lines`): never the printed order. */
export function initialOrder(question: OrderQuestion): number[] {
  return shuffled(
    question.lines.map((_, index) => index),
    question.id,
  );
}

/** Moves one item; used by drag and by the keyboard (Alt+Arrow). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
