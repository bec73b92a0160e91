import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyProgress, parseProgress, PROGRESS_KEY, ProgressStore } from "./store";
import { memoryStorage } from "@/lib/storage/memory-storage";

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal("localStorage", storage);
});
afterEach(() => vi.unstubAllGlobals());

describe("stored progress", () => {
  it("reads corrupt, old or foreign data as no progress", () => {
    expect(parseProgress(null)).toEqual(emptyProgress());
    expect(parseProgress("{not json")).toEqual(emptyProgress());
    expect(parseProgress(JSON.stringify({ version: 0, lessons: {} }))).toEqual(emptyProgress());
    expect(parseProgress(JSON.stringify({ ...emptyProgress(), lessons: { a: "yes" } }))).toEqual(
      emptyProgress(),
    );
    expect(parseProgress("null")).toEqual(emptyProgress());
    for (const visitedAt of [-1, 1.5, "1"]) {
      const lessons = { a: { visitedAt, completedAt: null } };
      expect(parseProgress(JSON.stringify({ ...emptyProgress(), lessons }))).toEqual(
        emptyProgress(),
      );
    }
    for (const broken of [
      { quiz: { q: { correct: "yes", at: 1 } } },
      { quiz: [] },
      { exercises: { x: { solvedAt: null } } },
      { lastLesson: 3 },
      { lastLesson: undefined },
    ]) {
      expect(parseProgress(JSON.stringify({ ...emptyProgress(), ...broken }))).toEqual(
        emptyProgress(),
      );
    }
    const valid = {
      ...emptyProgress(),
      lessons: { a: { visitedAt: 3, completedAt: null }, b: { visitedAt: 1, completedAt: 2 } },
      quiz: { q: { correct: false, at: 0 } },
      exercises: { "a/x": { solvedAt: 4 } },
      lastLesson: "a",
    };
    expect(parseProgress(JSON.stringify(valid))).toEqual(valid);
  });

  it("keeps visits, answers and solved exercises across store instances (a reload)", () => {
    const store = new ProgressStore(() => 1000);
    store.visitLesson("gather");
    store.answerQuestion("gather-order", true);
    store.solveExercise("gather/gather-the-fetches");

    const reloaded = new ProgressStore().get();
    expect(reloaded.lastLesson).toBe("gather");
    expect(reloaded.lessons.gather).toEqual({ visitedAt: 1000, completedAt: null });
    expect(reloaded.quiz["gather-order"]).toEqual({ correct: true, at: 1000 });
    expect(reloaded.exercises["gather/gather-the-fetches"]).toEqual({ solvedAt: 1000 });
  });

  it("completes a lesson only once every question is right and every exercise solved", () => {
    const store = new ProgressStore(() => 5);
    const needs = { questions: ["a", "b"], exercises: ["l/x"] };
    store.visitLesson("l");
    store.answerQuestion("a", true);
    store.answerQuestion("b", false);
    store.solveExercise("l/x");
    store.completeLessonIfDone("l", needs);
    expect(store.get().lessons.l?.completedAt).toBeNull();
    store.answerQuestion("b", true);
    store.completeLessonIfDone("l", needs);
    expect(store.get().lessons.l?.completedAt).toBe(5);
  });

  it("tells subscribers about changes and forgets everything on reset", () => {
    const store = new ProgressStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.answerQuestion("q", true);
    store.answerQuestion("q", true); // no change, no notification
    expect(listener).toHaveBeenCalledTimes(1);
    store.reset();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.get()).toEqual(emptyProgress());
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    unsubscribe();
    store.answerQuestion("q", false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("never throws when storage is unavailable", () => {
    vi.stubGlobal("localStorage", {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    });
    const store = new ProgressStore();
    expect(() => store.solveExercise("x")).not.toThrow();
    expect(store.get().exercises.x).toBeDefined();
    expect(() => store.reset()).not.toThrow();
  });
});
