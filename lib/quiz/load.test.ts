import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLessons } from "@/lib/content/lessons";
import { readQuiz } from "./load";

function lessonWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "quiz-"));
  const dir = path.join(root, "01-lesson");
  mkdirSync(path.join(dir, "quiz"), { recursive: true });
  writeFileSync(path.join(dir, "lesson.mdx"), "---\ntitle: T\nsummary: S\n---\n\n<Quiz />\n");
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return root;
}

const question = (id: string, extra: object = {}) => ({
  kind: "choice",
  id,
  prompt: "?",
  hint: "h",
  choices: [
    { text: "a", correct: true, explain: "x" },
    { text: "b", correct: false, explain: "y" },
  ],
  ...extra,
});
const duration = {
  kind: "duration",
  id: "d",
  prompt: "?",
  hint: "h",
  file: "quiz/a.py",
  options: [1, 2],
};

describe("quiz files fail the lesson load with the file's name", () => {
  it("loads a valid quiz and lists its question ids as the lesson's practice", () => {
    const root = lessonWith({
      "quiz.json": JSON.stringify({ questions: [question("a"), question("b"), duration] }),
      "quiz/a.py": "print(1)\n",
    });
    const { practice } = loadLessons(root)[0]!;
    expect(practice.questions.map((q) => q.id)).toEqual(["a", "b", "d"]);
    expect(practice.exercises).toEqual([]);
    for (const q of practice.questions) expect(q.hash).toMatch(/^[0-9a-f]{12}$/);
  });

  it("reports a schema error", () => {
    const root = lessonWith({ "quiz.json": JSON.stringify({ questions: [question("a")] }) });
    expect(() => loadLessons(root)).toThrow(/01-lesson\/quiz\.json: .*at least 3 questions/s);
  });

  it("reports a missing program", () => {
    const root = lessonWith({
      "quiz.json": JSON.stringify({ questions: [question("a"), question("b"), duration] }),
    });
    expect(() => loadLessons(root)).toThrow(
      /quiz\.json: question "d" — no such file "quiz\/a\.py"/,
    );
  });

  it("reports a <Quiz /> tag without a quiz.json", () => {
    const root = lessonWith({});
    expect(readQuiz(path.join(root, "01-lesson"))).toBeNull();
    expect(() => loadLessons(root)).toThrow(
      /lesson\.mdx: <Quiz \/> — this lesson has no quiz\.json/,
    );
  });
});
