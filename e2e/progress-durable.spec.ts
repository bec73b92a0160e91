/** Issue 19: a reader's progress survives course updates, rollbacks, two tabs and a new device. */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { lessons, plain, quizQuestion, quizQuestions } from "./support/course";
import { choose, expect, partReady, test } from "./support/fixtures";

const KEY = "asyncio-live:progress";
const V1_KEY = "asyncio-live:v1:progress";

/** Answers a choice question right, as a reader would (by its label). */
async function answerRight(page: Page, id: string) {
  const data = quizQuestion(id);
  if (data.kind !== "choice") throw new Error(`${id} is not a choice question`);
  const q = page.locator(`[data-question="${id}"]`);
  // These tests are about progress: answer on the live quiz (quiz.spec.ts covers clicks that come
  // while its code loads).
  await q.scrollIntoViewIfNeeded();
  await partReady(q);
  for (const choice of data.choices.filter((c) => c.correct)) {
    await choose(q.getByLabel(plain(choice.text)));
  }
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(q.getByRole("status")).toContainText("Correct!");
}

test("progress saved by the version-1 site loads with its lessons completed", async ({ page }) => {
  // What today's deployed build wrote: the first three lessons done, lesson 3 visited last.
  const done = lessons.slice(0, 3);
  const quiz: Record<string, { correct: boolean; at: number }> = {};
  for (const question of quizQuestions.filter((q) => done.includes(q.lesson))) {
    quiz[question.id] = { correct: true, at: 1_700_000_000_000 };
  }
  const exercises: Record<string, { solvedAt: number }> = {};
  for (const lesson of done) {
    for (const id of lesson.practice.exercises) exercises[id] = { solvedAt: 1_700_000_000_000 };
  }
  const v1 = JSON.stringify({
    version: 1,
    lessons: Object.fromEntries(
      done.map((lesson, i) => [
        lesson.slug,
        { visitedAt: 1_700_000_000_000 + i, completedAt: 1_700_000_000_000 + i },
      ]),
    ),
    quiz,
    exercises,
    lastLesson: done[2]!.slug,
  });
  await page.goto("/");
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [V1_KEY, v1]);
  await page.reload();
  const progress = page.locator("[data-course-progress]");
  await expect(progress).toContainText(`3 of ${lessons.length} lessons completed`);
  for (const lesson of done) {
    await expect(page.locator(`main [data-lesson-done='${lesson.slug}']`)).toBeVisible();
  }
  await expect(progress.getByRole("link", { name: /Continue with lesson 4/ })).toHaveAttribute(
    "href",
    `/lessons/${lessons[3]!.slug}/`,
  );
  // The version-1 entry is never rewritten: a rollback to that build still finds it.
  await page.goto(`/lessons/${lessons[3]!.slug}/`);
  await expect(page.locator("[data-quiz]")).toBeAttached();
  expect(await page.evaluate((key) => localStorage.getItem(key), V1_KEY)).toBe(v1);
});

test("progress written by a newer version survives a visit with answers, byte for byte", async ({
  page,
}) => {
  const newer = JSON.stringify({
    version: 7,
    readers: { "why-async-blocking": "something we cannot read" },
    note: "ünïcode ✓ and \u2028 a line separator",
  });
  await page.goto("/");
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer]);
  await page.goto("/lessons/why-async/");
  await answerRight(page, "why-async-blocking");
  await expect(page.locator("[data-quiz-score]")).toHaveText("1 of 3 answered correctly");
  await page.reload();
  await expect(page.locator("[data-quiz-score]")).toHaveText("1 of 3 answered correctly");
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
  await page.goto("/");
  await expect(page.locator("[data-newer-progress]")).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
});

test("save to a file, clear the browser, load the file: everything is back", async ({ page }) => {
  await page.goto("/lessons/why-async/");
  await answerRight(page, "why-async-blocking");
  await answerRight(page, "why-async-waiting-work");
  await page.goto("/");
  const progress = page.locator("[data-course-progress]");
  await expect(progress).toContainText("2 questions right");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    progress.getByRole("button", { name: "Save progress to a file" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^asyncio-live-progress-\d{4}-\d\d-\d\d\.json$/);
  const file = readFileSync((await download.path())!, "utf8");

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(progress).toHaveCount(0);
  // A bad file first: a clear message, nothing changed.
  await page.getByLabel("Progress file to load").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from("this is not json"),
  });
  await expect(page.locator("[data-progress-transfer] [role=status]")).toContainText(
    "not a progress file",
  );
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("progress"))),
  ).toEqual([]);

  await page.getByLabel("Progress file to load").setInputFiles({
    name: "progress.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  await expect(progress).toContainText("2 questions right");
  await expect(page.locator("[data-progress-transfer] [role=status]")).toContainText("Loaded:");
  await page.goto("/lessons/why-async/");
  // The quiz's code loads as the reader comes near it; before that it shows a first visit.
  await page.locator("[data-quiz]").scrollIntoViewIfNeeded();
  await expect(page.locator("[data-quiz-score]")).toHaveText("2 of 3 answered correctly");
});

test("two tabs answering different questions keep both answers", async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto("/lessons/why-async/");
  await other.goto("/lessons/why-async/");
  // A reader answers in the tab in front (a tab behind gets no animation frames).
  await page.bringToFront();
  await answerRight(page, "why-async-blocking");
  await other.bringToFront();
  await answerRight(other, "why-async-waiting-work");
  // Each tab sees the other's answer without a reload (the storage event).
  await expect(page.locator("[data-quiz-score]")).toHaveText("2 of 3 answered correctly");
  await expect(other.locator("[data-quiz-score]")).toHaveText("2 of 3 answered correctly");
  await page.reload();
  await expect(page.locator("[data-quiz-score]")).toHaveText("2 of 3 answered correctly");
  await other.close();
});

test("a browser that refuses storage: the course works and says once it cannot save", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/lessons/why-async/");
  const notice = page.locator("[data-save-notice]");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Your answers count for this visit only");
  await notice.getByRole("button", { name: "OK" }).click();
  await expect(notice).toHaveCount(0);
  await answerRight(page, "why-async-blocking");
  await expect(page.locator("[data-quiz-score]")).toHaveText("1 of 3 answered correctly");
  await expect(notice).toHaveCount(0);
});

test.describe("screenshots", () => {
  for (const width of [390, 1440]) {
    for (const theme of ["light", "dark"] as const) {
      test(`home progress and a revealed answer, ${width} px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/");
        await page.evaluate((value) => localStorage.setItem("theme", value), theme);
        await page.goto("/lessons/why-async/");
        await answerRight(page, "why-async-waiting-work");
        const data = quizQuestion("why-async-blocking");
        if (data.kind !== "choice") throw new Error("why-async-blocking is a choice question");
        const q = page.locator('[data-question="why-async-blocking"]');
        await choose(q.getByLabel(plain(data.choices.find((c) => !c.correct)!.text)));
        await q.getByRole("button", { name: "Check answer" }).click();
        await q.getByRole("button", { name: "Show answer" }).click();
        await expect(q.getByRole("status")).toHaveAttribute("data-verdict", "revealed");
        await page.evaluate(() => document.fonts.ready);
        await page.locator("[data-quiz]").screenshot({
          path: `e2e-artifacts/screenshots/quiz-revealed-${width}-${theme}.png`,
          style: "body > header, header.sticky { visibility: hidden !important; }",
        });
        await page.goto("/");
        await expect(page.locator("[data-course-progress]")).toBeVisible();
        await page.locator("[data-course-progress]").screenshot({
          path: `e2e-artifacts/screenshots/home-progress-${width}-${theme}.png`,
        });
      });
    }
  }
});
