import { describe, expect, it } from "vitest";
import { emptyProgress } from "./format";
import { mergeProgress } from "./merge";
import { migrateV1, readStored } from "./migrate";

describe("reading stored progress", () => {
  it("tells empty, current, older, newer and corrupt data apart", () => {
    expect(readStored(null)).toEqual({ kind: "empty" });
    expect(readStored(JSON.stringify(emptyProgress()))).toEqual({
      kind: "ok",
      progress: emptyProgress(),
    });
    expect(readStored(JSON.stringify({ version: 3 })).kind).toBe("newer");
    expect(readStored(JSON.stringify({ version: 1e6, anything: true }))).toEqual({
      kind: "newer",
      version: 1e6,
    });
    for (const bad of [
      "{not json",
      "null",
      "[]",
      JSON.stringify({ version: 0, lessons: {} }),
      JSON.stringify({ version: "3" }),
      JSON.stringify({ version: 2.5 }),
      JSON.stringify({ ...emptyProgress(), lessons: { a: "yes" } }),
      JSON.stringify({ ...emptyProgress(), quiz: { q: { outcome: "maybe", at: 1, hash: null } } }),
      JSON.stringify({
        ...emptyProgress(),
        quiz: { q: { outcome: "correct", at: -1, hash: null } },
      }),
      JSON.stringify({ ...emptyProgress(), exercises: { x: { solvedAt: null } } }),
      JSON.stringify({ version: 1, lessons: {}, quiz: {}, exercises: {}, lastLesson: 3 }),
    ]) {
      expect(readStored(bad), bad).toEqual({ kind: "corrupt" });
    }
  });

  it("drops unknown fields of a current value", () => {
    const extra = { ...emptyProgress(), sneaky: "<script>" };
    expect(readStored(JSON.stringify(extra))).toEqual({ kind: "ok", progress: emptyProgress() });
  });
});

describe("migrations", () => {
  it("version 1 → 2: answers become outcomes without a hash, the last lesson is the latest visit", () => {
    const v2 = migrateV1({
      version: 1,
      lessons: {
        gather: { visitedAt: 5, completedAt: 6 },
        "why-async": { visitedAt: 9, completedAt: null },
      },
      quiz: { a: { correct: true, at: 3 }, b: { correct: false, at: 4 } },
      exercises: { "gather/x": { solvedAt: 6 } },
      lastLesson: "gather",
    });
    expect(v2).toEqual({
      version: 2,
      lessons: {
        gather: { visitedAt: 9, completedAt: 6 },
        "why-async": { visitedAt: 9, completedAt: null },
      },
      quiz: {
        a: { outcome: "correct", at: 3, hash: null },
        b: { outcome: "wrong", at: 4, hash: null },
      },
      exercises: { "gather/x": { solvedAt: 6 } },
    });
    expect(
      readStored(JSON.stringify({ ...emptyProgress(), version: 1, quiz: {}, lastLesson: null })),
    ).toEqual({ kind: "ok", progress: emptyProgress() });
  });
});

describe("merging two copies", () => {
  it("keeps what either knows: latest answer, latest visit, earliest completion and solve", () => {
    const a = {
      ...emptyProgress(),
      lessons: { l: { visitedAt: 5, completedAt: 4 } },
      quiz: {
        x: { outcome: "wrong" as const, at: 1, hash: "h" },
        y: { outcome: "correct" as const, at: 9, hash: "h" },
      },
      exercises: { e: { solvedAt: 8 } },
    };
    const b = {
      ...emptyProgress(),
      lessons: { l: { visitedAt: 7, completedAt: null }, m: { visitedAt: 1, completedAt: null } },
      quiz: {
        x: { outcome: "correct" as const, at: 2, hash: "h" },
        y: { outcome: "cleared" as const, at: 3, hash: null },
      },
      exercises: { e: { solvedAt: 6 }, f: { solvedAt: 1 } },
    };
    const merged = mergeProgress(a, b);
    expect(merged.lessons).toEqual({
      l: { visitedAt: 7, completedAt: 4 },
      m: { visitedAt: 1, completedAt: null },
    });
    expect(merged.quiz.x?.outcome).toBe("correct");
    expect(merged.quiz.y?.outcome).toBe("correct");
    expect(merged.exercises).toEqual({ e: { solvedAt: 6 }, f: { solvedAt: 1 } });
    expect(mergeProgress(b, a)).toEqual(merged);
  });
});
