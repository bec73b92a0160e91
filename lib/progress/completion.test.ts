import { describe, expect, it } from "vitest";
import { continueLesson, isLessonDone, questionState } from "./completion";
import { emptyProgress, type Progress } from "./format";

const answer = (
  outcome: "correct" | "wrong" | "revealed" | "cleared",
  hash: string | null = "h1",
) => ({
  outcome,
  at: 1,
  hash,
});

describe("completion against today's content", () => {
  it("re-asks a changed question, trusts a migrated answer, ignores revealed ones", () => {
    const p: Progress = {
      ...emptyProgress(),
      quiz: {
        a: answer("correct"),
        b: answer("correct", null),
        c: answer("revealed"),
        d: answer("cleared"),
      },
    };
    expect(questionState(p, { id: "a", hash: "h1" })).toBe("correct");
    expect(questionState(p, { id: "a", hash: "h2" })).toBe("unanswered");
    expect(questionState(p, { id: "b", hash: "anything" })).toBe("correct");
    expect(questionState(p, { id: "c", hash: "h1" })).toBe("revealed");
    expect(questionState(p, { id: "d", hash: "h1" })).toBe("unanswered");
    expect(questionState(p, { id: "new", hash: "h1" })).toBe("unanswered");
  });

  it("counts only the lesson's current questions and exercises", () => {
    const p: Progress = {
      ...emptyProgress(),
      lessons: { l: { visitedAt: 1, completedAt: null } },
      quiz: { a: answer("correct"), removed: answer("wrong"), c: answer("revealed") },
      exercises: { "l/x": { solvedAt: 1 } },
    };
    // A question removed from the lesson no longer holds it back.
    expect(isLessonDone(p, "l", { questions: [{ id: "a", hash: "h1" }], exercises: ["l/x"] })).toBe(
      true,
    );
    expect(isLessonDone(p, "l", { questions: [{ id: "a", hash: "h2" }], exercises: ["l/x"] })).toBe(
      false,
    );
    expect(isLessonDone(p, "l", { questions: [{ id: "c", hash: "h1" }], exercises: [] })).toBe(
      false,
    );
    expect(isLessonDone(p, "l", { questions: [], exercises: ["l/y"] })).toBe(false);
    // Nothing to answer: completed once read.
    expect(isLessonDone(p, "l", { questions: [], exercises: [] })).toBe(true);
    expect(isLessonDone(p, "other", { questions: [], exercises: [] })).toBe(false);
  });
});

describe("continue", () => {
  const lessons = ["one", "two", "three", "four"].map((slug) => ({
    slug,
    practice: { questions: [{ id: `${slug}-q`, hash: "h1" }], exercises: [] },
  }));
  const visit = (visitedAt: number) => ({ visitedAt, completedAt: null });

  it("is nothing before the first visit", () => {
    expect(continueLesson(emptyProgress(), lessons)).toBeNull();
  });

  it("stays on the last lesson while it is unfinished, then moves to the next unfinished one", () => {
    const p: Progress = {
      ...emptyProgress(),
      lessons: { one: visit(1), two: visit(5), three: visit(3) },
      quiz: { "one-q": answer("correct"), "three-q": answer("correct") },
    };
    expect(continueLesson(p, lessons)?.slug).toBe("two");
    p.quiz["two-q"] = answer("correct");
    // "three" is done too: the next unfinished after "two" is "four".
    expect(continueLesson(p, lessons)?.slug).toBe("four");
    p.quiz["four-q"] = answer("correct");
    expect(continueLesson(p, lessons)).toBeNull();
  });

  it("wraps to the first unfinished lesson when everything after the last visit is done", () => {
    const p: Progress = {
      ...emptyProgress(),
      lessons: { four: visit(9) },
      quiz: { "four-q": answer("correct"), "one-q": answer("correct") },
    };
    expect(continueLesson(p, lessons)?.slug).toBe("two");
  });

  it("ignores a visit to a lesson that no longer exists", () => {
    const p: Progress = { ...emptyProgress(), lessons: { gone: visit(9), one: visit(1) } };
    expect(continueLesson(p, lessons)?.slug).toBe("one");
  });
});
