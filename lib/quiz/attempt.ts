/**
 * How a question answers a reader over several tries, so that a wrong answer teaches instead of
 * giving the answer away: the first wrong try shows why *that* answer is wrong and a hint; the right
 * answer is shown only after a second wrong try, or when the reader asks for it. A question whose
 * answer was shown no longer counts toward the lesson (progress records it as "revealed").
 */
export interface Attempt {
  wrongTries: number;
  /** The reader has seen the right answer (asked for it, or tried wrong twice). */
  revealed: boolean;
  solved: boolean;
}

/** Wrong tries after which the answer is shown without being asked for. */
export const REVEAL_AFTER_WRONG = 2;

export const freshAttempt = (): Attempt => ({ wrongTries: 0, revealed: false, solved: false });

export function afterCheck(attempt: Attempt, correct: boolean): Attempt {
  if (correct) return { ...attempt, solved: true };
  const wrongTries = attempt.wrongTries + 1;
  return {
    wrongTries,
    revealed: attempt.revealed || wrongTries >= REVEAL_AFTER_WRONG,
    solved: false,
  };
}

export const reveal = (attempt: Attempt): Attempt => ({ ...attempt, revealed: true });

/** "Show answer" is offered once the reader has tried and missed, until the answer is out. */
export const canAskForAnswer = (attempt: Attempt) =>
  attempt.wrongTries > 0 && !attempt.revealed && !attempt.solved;
