import { describe, expect, it } from "vitest";
import { afterCheck, canAskForAnswer, freshAttempt, reveal } from "./attempt";

describe("quiz attempts", () => {
  it("hides the answer after one wrong try and shows it after the second", () => {
    const once = afterCheck(freshAttempt(), false);
    expect(once).toEqual({ wrongTries: 1, revealed: false, solved: false });
    expect(canAskForAnswer(once)).toBe(true);
    const twice = afterCheck(once, false);
    expect(twice.revealed).toBe(true);
    expect(canAskForAnswer(twice)).toBe(false);
  });

  it("offers the answer only after a miss, and not once solved", () => {
    expect(canAskForAnswer(freshAttempt())).toBe(false);
    const solved = afterCheck(afterCheck(freshAttempt(), false), true);
    expect(solved.solved).toBe(true);
    expect(canAskForAnswer(solved)).toBe(false);
  });

  it("keeps a shown answer shown when the reader then answers right", () => {
    const asked = reveal(afterCheck(freshAttempt(), false));
    expect(afterCheck(asked, true)).toEqual({ wrongTries: 1, revealed: true, solved: true });
  });
});
