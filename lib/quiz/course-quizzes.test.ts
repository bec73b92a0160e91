/** The course's own quizzes, as a reader first sees them: nothing starts solved or gives itself away. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LESSONS_ROOT, loadLessons } from "@/lib/content/lessons";
import { initialOrder, shuffled } from "./check";
import { readQuiz } from "./load";
import type { Question } from "./schema";

const questions: Question[] = loadLessons().flatMap(
  (lesson) => readQuiz(path.join(LESSONS_ROOT, lesson.dir))?.questions ?? [],
);

describe("course quizzes", () => {
  it("every question has a hint of its own", () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    for (const question of questions) {
      // The schema already refuses a missing or blank hint; this guards a hint that only repeats the prompt.
      expect(question.hint.trim(), question.id).not.toBe("");
      expect(question.hint.trim(), question.id).not.toBe(question.prompt.trim());
    }
  });

  it("no order question starts in the order the program prints (nor, from 3 lines, reversed)", () => {
    const orders = questions.filter((q) => q.kind === "order");
    expect(orders.length).toBeGreaterThanOrEqual(5);
    for (const question of orders) {
      // quiz.json lists the lines in printed order (scripts/check-exercises.ts checks it by running).
      const start = initialOrder(question).map((index) => question.lines[index]);
      expect(start, question.id).not.toEqual(question.lines);
      if (question.lines.length > 2) {
        expect(start, question.id).not.toEqual([...question.lines].reverse());
      }
    }
  });

  it("the first choice shown is a wrong one in most single-answer questions", () => {
    const single = questions.filter(
      (q) => q.kind === "choice" && q.choices.filter((c) => c.correct).length === 1,
    );
    expect(single.length).toBeGreaterThanOrEqual(8);
    const rightFirst = single.filter((q) => {
      if (q.kind !== "choice") return false;
      const first = shuffled(
        q.choices.map((_, index) => index),
        q.id,
      )[0]!;
      return q.choices[first]!.correct;
    });
    expect(rightFirst.length / single.length).toBeLessThan(0.5);
  });
});
