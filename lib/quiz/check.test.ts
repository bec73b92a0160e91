import { describe, expect, it } from "vitest";
import {
  checkChoice,
  checkDuration,
  checkOrder,
  isMultipleChoice,
  matchingDuration,
  moveItem,
  outputLines,
  shuffled,
} from "./check";
import { parseQuiz, type ChoiceQuestion } from "./schema";
import { verifyQuestion } from "./verify";
import { loadFixture } from "@/lib/timeline/test-fixtures";

const choice = (correct: boolean[]): ChoiceQuestion => ({
  kind: "choice",
  id: "q",
  prompt: "?",
  hint: "Think it through.",
  choices: correct.map((c, i) => ({ text: `c${i}`, correct: c, explain: "because" })),
});

describe("choice questions", () => {
  it("is right only with exactly the correct choices", () => {
    const single = choice([false, true, false]);
    expect(isMultipleChoice(single)).toBe(false);
    expect(checkChoice(single, [1]).correct).toBe(true);
    expect(checkChoice(single, [0])).toEqual({ correct: false, missed: [1], wrong: [0] });

    const several = choice([true, true, false]);
    expect(isMultipleChoice(several)).toBe(true);
    expect(checkChoice(several, [0, 1]).correct).toBe(true);
    expect(checkChoice(several, [0])).toEqual({ correct: false, missed: [1], wrong: [] });
    expect(checkChoice(several, [0, 1, 2]).wrong).toEqual([2]);
  });
});

describe("order questions", () => {
  it("marks each position against what the program printed", () => {
    const actual = outputLines("a\nb\nc\n");
    expect(actual).toEqual(["a", "b", "c"]);
    expect(checkOrder(["a", "b", "c"], actual).correct).toBe(true);
    expect(checkOrder(["b", "a", "c"], actual)).toEqual({
      correct: false,
      positions: [false, false, true],
      actual: ["a", "b", "c"],
    });
    expect(checkOrder(["a", "b"], actual).correct).toBe(false);
    expect(outputLines("")).toEqual([]);
  });

  it("shuffles the same way every time, never into the solved order", () => {
    const items = [0, 1, 2, 3, 4];
    const once = shuffled(items, "gather-order");
    expect(shuffled(items, "gather-order")).toEqual(once);
    expect([...once].sort()).toEqual(items);
    for (const seed of ["a", "b", "c", "d", "e", "f", "g"]) {
      expect(shuffled([0, 1], seed)).toEqual([1, 0]);
    }
    // Never solved, never simply reversed, whatever the seed.
    for (let n = 3; n <= 6; n++) {
      const solved = Array.from({ length: n }, (_, i) => i);
      for (let seed = 0; seed < 200; seed++) {
        const order = shuffled(solved, `q${seed}`);
        expect(order).not.toEqual(solved);
        expect(order).not.toEqual([...solved].reverse());
      }
    }
  });

  it("moves an item up or down and ignores moves off the ends", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
  });

  it("compares line sets ignoring order but not counts", () => {});
});

describe("duration questions", () => {
  it("accepts the option that matches the engine's elapsed time", () => {
    expect(matchingDuration([1, 3, 6], 3.0009)).toBe(1);
    // A busy browser adds compute time to the virtual clock: the nearest option still wins.
    expect(matchingDuration([1, 3, 6], 3.24)).toBe(1);
    expect(matchingDuration([1, 3, 6], 5.2)).toBe(2);
    expect(matchingDuration([], 1)).toBe(-1);
    expect(checkDuration([1, 3, 6], 1, 3.003)).toEqual({
      correct: true,
      answerIndex: 1,
      elapsed: 3.003,
    });
    expect(checkDuration([1, 3, 6], 2, 3.003).correct).toBe(false);
  });

  it("verifies quiz data against a recorded run", () => {
    const run = loadFixture("gather"); // three gathered 2 s fetches
    const duration = { kind: "duration", id: "d", prompt: "?", hint: "h", file: "x.py" } as const;
    expect(verifyQuestion({ ...duration, options: [2, 6] }, run)).toEqual([]);
    expect(verifyQuestion({ ...duration, options: [3, 6] }, run)[0]).toMatch(
      /engine measured 2\.\d+ s; exactly one option/,
    );
    expect(verifyQuestion({ ...duration, options: [2, 2.2] }, run)).toEqual([
      "options must be at least 0.5 s apart",
    ]);
    const lines = outputLines(run.stdout);
    const order = { kind: "order", id: "o", prompt: "?", hint: "h", file: "x.py" } as const;
    expect(verifyQuestion({ ...order, lines }, run)).toEqual([]);
    // The page must know the printed order to never start solved: any other order is a problem.
    expect(verifyQuestion({ ...order, lines: [...lines].reverse() }, run)[0]).toMatch(
      /in its order/,
    );
    expect(verifyQuestion({ ...order, lines: lines.slice(1) }, run)).toHaveLength(1);
  });
});

describe("quiz schema", () => {
  const good = {
    questions: [
      choice([true, false]),
      { ...choice([false, true]), id: "q2" },
      {
        kind: "duration",
        id: "q3",
        prompt: "How long?",
        hint: "Add up the waits.",
        file: "quiz/a.py",
        options: [1, 2],
      },
    ],
  };

  it("accepts a quiz with 3 questions of 2 kinds", () => {
    expect(parseQuiz(JSON.stringify(good)).questions).toHaveLength(3);
  });

  it("rejects too few questions, a single kind, repeated ids and choices without an answer", () => {
    const bad = (quiz: unknown) => () => parseQuiz(JSON.stringify(quiz));
    expect(bad({ questions: good.questions.slice(0, 2) })).toThrow(/at least 3 questions/);
    expect(
      bad({
        questions: [choice([true]), { ...choice([true]), id: "b" }, { ...choice([true]), id: "c" }],
      }),
    ).toThrow(/2 kinds/);
    expect(
      bad({ questions: [...good.questions.slice(0, 2), { ...good.questions[2], id: "q" }] }),
    ).toThrow(/unique/);
    expect(bad({ questions: [choice([false, false]), ...good.questions.slice(1)] })).toThrow(
      /must be correct/,
    );
    expect(() => parseQuiz("nope")).toThrow(/not valid JSON/);
  });

  it("rejects a question without a hint, or with an empty one", () => {
    const bad = (question: object) => () =>
      parseQuiz(JSON.stringify({ questions: [question, ...good.questions.slice(1)] }));
    expect(bad({ ...good.questions[0], hint: undefined })).toThrow(/every question needs a hint/);
    expect(bad({ ...good.questions[0], hint: "  " })).toThrow(/every question needs a hint/);
  });
});
