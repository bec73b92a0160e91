import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyProgress, PROGRESS_KEYS, type Progress } from "./format";
import { ProgressStore } from "./store";
import { memoryStorage } from "@/lib/storage/memory-storage";

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal("localStorage", storage);
});
afterEach(() => vi.unstubAllGlobals());

const q = (id: string, hash = "h1") => ({ id, hash });
const stored = () => JSON.parse(storage.getItem(PROGRESS_KEYS.current) ?? "null") as Progress;

describe("the progress store", () => {
  it("keeps visits, answers and solved exercises across store instances (a reload)", () => {
    const store = new ProgressStore(() => 1000);
    store.visitLesson("gather");
    store.answerQuestion(q("gather-order"), true);
    store.solveExercise("gather/gather-the-fetches");

    const reloaded = new ProgressStore().get();
    expect(reloaded.lessons.gather).toEqual({ visitedAt: 1000, completedAt: null });
    expect(reloaded.quiz["gather-order"]).toEqual({ outcome: "correct", at: 1000, hash: "h1" });
    expect(reloaded.exercises["gather/gather-the-fetches"]).toEqual({ solvedAt: 1000 });
    expect(stored().version).toBe(2);
  });

  it("records when a lesson was first completed: every question right, every exercise solved", () => {
    const store = new ProgressStore(() => 5);
    const needs = { questions: [q("a"), q("b")], exercises: ["l/x"] };
    store.visitLesson("l");
    store.answerQuestion(q("a"), true);
    store.answerQuestion(q("b"), false);
    store.solveExercise("l/x");
    store.completeLessonIfDone("l", needs);
    expect(store.get().lessons.l?.completedAt).toBeNull();
    store.answerQuestion(q("b"), true);
    store.completeLessonIfDone("l", needs);
    expect(store.get().lessons.l?.completedAt).toBe(5);
  });

  it("a revealed answer stays revealed, however it is answered afterwards", () => {
    const store = new ProgressStore(() => 7);
    store.answerQuestion(q("a"), false);
    store.revealAnswer(q("a"));
    store.answerQuestion(q("a"), true);
    expect(store.get().quiz.a?.outcome).toBe("revealed");
    // A right answer is not taken back by a later look at the answer or a later wrong try.
    store.answerQuestion(q("b"), true);
    store.revealAnswer(q("b"));
    store.answerQuestion(q("b"), false);
    expect(store.get().quiz.b?.outcome).toBe("correct");
  });

  it("starting over clears the answers, and an older copy in another tab cannot bring them back", () => {
    let t = 10;
    const tabA = new ProgressStore(() => t++);
    const tabB = new ProgressStore(() => t++);
    tabA.revealAnswer(q("a"));
    tabB.get(); // tab B has read the revealed answer
    tabA.clearAnswers([q("a")]);
    tabB.answerQuestion(q("other"), true); // B writes after the clear
    const fresh = new ProgressStore().get();
    expect(fresh.quiz.a?.outcome).toBe("cleared");
    expect(fresh.quiz.other?.outcome).toBe("correct");
  });

  it("keeps both tabs' answers when they write one after the other from stale copies", () => {
    let t = 100;
    const tabA = new ProgressStore(() => t++);
    const tabB = new ProgressStore(() => t++);
    tabA.get();
    tabB.get(); // both pages loaded with empty progress
    tabA.answerQuestion(q("a"), true);
    tabB.answerQuestion(q("b"), true); // B never saw A's answer in its snapshot
    tabB.solveExercise("l/x");
    tabA.visitLesson("l");
    const fresh = new ProgressStore().get();
    expect(Object.keys(fresh.quiz).sort()).toEqual(["a", "b"]);
    expect(fresh.exercises["l/x"]).toBeDefined();
    expect(fresh.lessons.l).toBeDefined();
  });

  it("tells subscribers about changes and forgets everything on reset", () => {
    const store = new ProgressStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.answerQuestion(q("q"), true);
    expect(listener).toHaveBeenCalledTimes(1);
    storage.setItem(PROGRESS_KEYS.legacy, JSON.stringify(v1Data));
    store.reset();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.get()).toEqual(emptyProgress());
    expect(storage.getItem(PROGRESS_KEYS.current)).toBeNull();
    expect(storage.getItem(PROGRESS_KEYS.legacy)).toBeNull();
    expect(new ProgressStore().get()).toEqual(emptyProgress());
    unsubscribe();
    store.answerQuestion(q("q"), false);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

const v1Data = {
  version: 1,
  lessons: {
    "why-async": { visitedAt: 1, completedAt: 2 },
    gather: { visitedAt: 5, completedAt: null },
  },
  quiz: {
    "why-async-blocking": { correct: true, at: 2 },
    "gather-order": { correct: false, at: 6 },
  },
  exercises: { "gather/x": { solvedAt: 7 } },
  lastLesson: "gather",
};

describe("data this build cannot read is never destroyed", () => {
  it("leaves a newer version's data untouched and keeps its own progress beside it", () => {
    const newer = JSON.stringify({ version: 3, whatever: { the: ["future", "holds"] } });
    storage.setItem(PROGRESS_KEYS.current, newer);
    const store = new ProgressStore(() => 9);
    expect(store.saving()).toBe("beside-newer");
    store.visitLesson("gather");
    store.answerQuestion(q("a"), true);
    store.reset();
    store.answerQuestion(q("b"), true);
    expect(storage.getItem(PROGRESS_KEYS.current)).toBe(newer);
    const beside = JSON.parse(storage.getItem(PROGRESS_KEYS.beside)!) as Progress;
    expect(beside.quiz.b?.outcome).toBe("correct");
    expect(new ProgressStore().get().quiz.b?.outcome).toBe("correct");
  });

  it("keeps corrupt data once as a backup before replacing it", () => {
    storage.setItem(PROGRESS_KEYS.current, "{half a file");
    const store = new ProgressStore();
    expect(store.get()).toEqual(emptyProgress());
    store.answerQuestion(q("a"), true);
    expect(storage.getItem(PROGRESS_KEYS.backup)).toBe("{half a file");
    expect(stored().quiz.a?.outcome).toBe("correct");
    // A second corruption does not overwrite the first backup.
    storage.setItem(PROGRESS_KEYS.current, '{"version": 2, "lessons": 7}');
    new ProgressStore().answerQuestion(q("b"), true);
    expect(storage.getItem(PROGRESS_KEYS.backup)).toBe("{half a file");
  });

  it("reads version 1 from its own key, merges it in, and never writes that key", () => {
    const text = JSON.stringify(v1Data);
    storage.setItem(PROGRESS_KEYS.legacy, text);
    const store = new ProgressStore(() => 50);
    expect(store.get().quiz["why-async-blocking"]).toEqual({
      outcome: "correct",
      at: 2,
      hash: null,
    });
    store.answerQuestion(q("gather-order"), true);
    expect(storage.getItem(PROGRESS_KEYS.legacy)).toBe(text);
    const fresh = new ProgressStore().get();
    expect(fresh.quiz["gather-order"]?.outcome).toBe("correct");
    expect(fresh.exercises["gather/x"]).toEqual({ solvedAt: 7 });
  });
});

describe("storage that refuses to keep anything", () => {
  it("works for the visit and says progress is not saved", () => {
    vi.stubGlobal("localStorage", {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => undefined,
    });
    const store = new ProgressStore();
    expect(store.saving()).toBe("saved");
    store.solveExercise("x");
    store.answerQuestion(q("a"), true);
    expect(store.saving()).toBe("unsaved");
    expect(store.get().exercises.x).toBeDefined();
    expect(store.get().quiz.a?.outcome).toBe("correct");
  });

  it("never throws when storage itself is denied", () => {
    vi.stubGlobal("localStorage", {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
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

describe("export and import", () => {
  it("restores everything after storage is cleared, merged with what is there", () => {
    const store = new ProgressStore(() => 3);
    store.visitLesson("gather");
    store.answerQuestion(q("a"), true);
    store.solveExercise("gather/x");
    const file = store.exportText();
    storage.clear();
    const fresh = new ProgressStore(() => 4);
    fresh.answerQuestion(q("b"), true);
    const result = fresh.importText(file);
    expect(result.ok).toBe(true);
    const after = new ProgressStore().get();
    expect(after.quiz.a?.outcome).toBe("correct");
    expect(after.quiz.b?.outcome).toBe("correct");
    expect(after.lessons.gather).toEqual({ visitedAt: 3, completedAt: null });
    expect(after.exercises["gather/x"]).toEqual({ solvedAt: 3 });
  });

  it("rejects a bad file with a clear message and changes nothing", () => {
    const store = new ProgressStore(() => 3);
    store.answerQuestion(q("a"), true);
    const before = storage.getItem(PROGRESS_KEYS.current);
    const cases: [string, RegExp][] = [
      ["not json at all", /not JSON/],
      [JSON.stringify({ hello: "world" }), /not a progress file/],
      [
        JSON.stringify({ course: "asyncio-live", progress: { version: 2, lessons: [] } }),
        /not a progress file/,
      ],
      [JSON.stringify({ course: "asyncio-live", progress: { version: 9 } }), /newer version/],
      [" ".repeat(1_000_001), /too big/],
      ["null", /not a progress file/],
    ];
    for (const [text, message] of cases) {
      const result = store.importText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    expect(storage.getItem(PROGRESS_KEYS.current)).toBe(before);
  });

  it("accepts a version-1 value pasted as a file", () => {
    const result = new ProgressStore().importText(JSON.stringify(v1Data));
    expect(result.ok && result.answers).toBe(1);
  });
});
