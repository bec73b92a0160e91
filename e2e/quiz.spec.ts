import type { Locator, Page } from "@playwright/test";
import { lessonPath, lessons, plain, quizQuestion, quizQuestions } from "./support/course";
import { readFileSync } from "node:fs";
import { shuffled } from "../lib/quiz/check";
import { choose, expect, holdRequests, partReady, test } from "./support/fixtures";
import { editorIn, setEditorCode } from "./support/monaco";

// Order and duration questions run their program in the page's Python: allow for a cold load.
test.describe.configure({ timeout: 150_000 });
const RUN_TIMEOUT = 100_000;

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const verdict = (scope: Locator) => scope.getByRole("status");

/** Puts the lines in `wanted` order with Alt+↑ only, as a keyboard user would. */
async function orderByKeyboard(scope: Locator, wanted: string[]) {
  for (let target = 0; target < wanted.length; target++) {
    const rows = scope.locator("li[data-line]");
    const texts = await rows.evaluateAll((items) => items.map((li) => li.dataset.line ?? ""));
    let from = texts.indexOf(wanted[target]!);
    expect(from, `line "${wanted[target]}"`).toBeGreaterThanOrEqual(target);
    await rows.nth(from).focus();
    while (from > target) {
      await rows.page().keyboard.press("Alt+ArrowUp");
      from--;
      // Focus follows the moved line, so the next press moves it again.
      await expect(rows.nth(from)).toBeFocused();
    }
  }
}

test("a multiple-choice answer: a miss explains only the pick, then right shows every reason", async ({
  page,
}) => {
  await page.goto("/lessons/gather/");
  const data = quizQuestion("gather-parallel");
  if (data.kind !== "choice") throw new Error("gather-parallel is a choice question");
  const wrong = data.choices.find((c) => !c.correct)!;
  const right = data.choices.find((c) => c.correct)!;
  const q = question(page, "gather-parallel");
  await choose(q.getByLabel(plain(wrong.text)));
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(q)).toContainText("Not quite.");
  await expect(verdict(q)).toHaveAttribute("data-verdict", "wrong");
  await expect(verdict(q)).toContainText("Hint:");
  // Why the pick is wrong, and nothing about which one is right.
  await expect(q).toContainText(plain(wrong.explain));
  await expect(q).not.toContainText(plain(right.explain));
  await expect(q).not.toContainText("Right answer.");
  await expect(page.locator("[data-quiz-score]")).toHaveText(`0 of 3 answered correctly`);

  await choose(q.getByLabel(plain(right.text)));
  await expect(verdict(q)).toHaveCount(0);
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(q)).toContainText("Correct!");
  await expect(q).toContainText(plain(right.explain));
  await expect(page.locator("[data-quiz-score]")).toHaveText("1 of 3 answered correctly");
});

test("a click that comes before the quiz's code has loaded is kept, not lost", async ({ page }) => {
  await page.goto("/lessons/gather/");
  // The quiz's code loads when the reader comes near: hold every chunk asked for from now on.
  const release = await holdRequests(page, "**/_next/static/chunks/**");
  const q = question(page, "gather-parallel");
  const answer = q.getByLabel("Each coroutine runs on its own processor core");
  await answer.click();
  await expect(answer).not.toBeChecked();
  release();
  await expect(answer).toBeChecked();
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(q)).toContainText("Not quite.");
});

test("a held click and a second click on the live quiz tick the box once, not twice", async ({
  page,
}) => {
  // A held click is replayed a frame after the quiz renders; slow frames down so that the reader,
  // who saw nothing happen, clicks again in between.
  await page.addInitScript(() => {
    const frame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      setTimeout(() => frame(callback), 1_500);
      return 0;
    };
  });
  await page.goto("/lessons/why-async/");
  const release = await holdRequests(page, "**/_next/static/chunks/**");
  const answer = question(page, "why-async-waiting-work").getByLabel("Fetching 50 web pages");
  await answer.click();
  await expect(answer).not.toBeChecked();
  release();
  await partReady(answer);
  await answer.click();
  await expect(answer).toBeChecked();
  // Past the replay: the held click was superseded, not applied on top.
  await page.waitForTimeout(2_500);
  await expect(answer).toBeChecked();
});

test("a box clicked at the moment the quiz's code arrives is ticked once, in every fresh load", async ({
  browser,
}) => {
  // The race this guards: the live quiz was in the page but the listener that holds early clicks
  // was still there, so a click on the live box was held and replayed on top of the click that a
  // retrying tool (or reader) made again. It showed in about 1 load of 14.
  const { baseURL } = test.info().project.use;
  for (let load = 0; load < 6; load++) {
    const context = await browser.newContext({ baseURL, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto("/lessons/why-async/");
    const answer = question(page, "why-async-waiting-work").getByLabel("Fetching 50 web pages");
    await answer.click();
    await partReady(answer);
    await page.waitForTimeout(200);
    await expect(answer, `load ${load + 1}`).toBeChecked();
    await context.close();
  }
});

test("a box ticked before any script has run is still ticked once the quiz's code is here", async ({
  page,
}) => {
  // Hold every script (not the styles): the page is plain HTML, and the click ticks the box
  // natively.
  const release = await holdRequests(page, "**/_next/static/chunks/**/*.js");
  // (Next.js scripts hold back DOMContentLoaded: wait for the HTML only.)
  await page.goto("/lessons/why-async/", { waitUntil: "commit" });
  const q = question(page, "why-async-waiting-work");
  const answer = q.getByLabel("Fetching 50 web pages");
  await answer.click();
  await expect(answer).toBeChecked();
  release();
  await partReady(answer);
  await expect(answer).toBeChecked();
  await choose(q.getByLabel("Reading rows from a remote database"));
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(q)).toContainText("Correct!");
});

test("the quiz is in the static page and takes its own place when its code loads", async ({
  page,
}) => {
  await page.goto("/lessons/gather/");
  const quiz = page.locator("[data-quiz]");
  // Its size, and its distance from what comes before it: parts above it (an example's recorded
  // run) may change height meanwhile, which is another part's business, not the quiz's.
  const box = () =>
    quiz.evaluate((element) => {
      const { top, height, width } = element.getBoundingClientRect();
      let above: Element | null = element;
      while (above && !above.previousElementSibling) above = above.parentElement;
      const previous = above?.previousElementSibling?.getBoundingClientRect();
      return { gap: previous ? top - previous.bottom : top, height, width };
    });
  // Far below the first screen: not loaded yet, but there, at its full size.
  await expect(quiz.locator("xpath=ancestor::div[@data-live]")).toHaveCount(0);
  const before = await box();
  expect(before.height).toBeGreaterThan(300);
  await quiz.scrollIntoViewIfNeeded();
  await partReady(quiz);
  expect(await box()).toEqual(before);
});

test("keyboard focus inside the quiz stays put when its code arrives", async ({ page }) => {
  await page.goto("/lessons/gather/");
  const release = await holdRequests(page, "**/_next/static/chunks/**");
  const answer = question(page, "gather-parallel").getByLabel(
    "Each coroutine runs on its own processor core",
  );
  await answer.focus();
  release();
  await partReady(answer);
  await expect(answer).toBeFocused();
  await page.keyboard.press("Space");
  await expect(answer).toBeChecked();
});

test("several right answers need all of them", async ({ page }) => {
  await page.goto("/lessons/why-async/");
  const q = question(page, "why-async-waiting-work");
  await expect(q.getByRole("checkbox")).toHaveCount(3);
  // Clicked at once, while the quiz's code may be arriving (held, then replayed exactly once).
  await choose(q.getByLabel("Fetching 50 web pages"));
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(q)).toContainText(/you missed a right answer/i);
  await choose(q.getByLabel("Reading rows from a remote database"));
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(q)).toContainText("Correct!");
});

test("predict the output (keyboard and drag) and the duration, checked by running", async ({
  page,
}) => {
  await page.goto("/lessons/gather/");
  const order = question(page, "gather-order");
  const printed = ["start slow", "start fast", "end fast", "end slow", "['slow', 'fast']"];

  // A wrong guess first: the lines as the reader might expect them, finishing in start order.
  await order.scrollIntoViewIfNeeded();
  await partReady(order);
  await orderByKeyboard(order, [
    "start slow",
    "start fast",
    "end slow",
    "end fast",
    "['slow', 'fast']",
  ]);
  await order.getByRole("button", { name: "Run it and check" }).click();
  await expect(verdict(order)).toContainText("Not quite.", { timeout: RUN_TIMEOUT });
  await expect(verdict(order)).toContainText("3 of 5 lines are in the right place");
  // Which lines are right, and what the program printed, are the answer: not shown on a first miss.
  await expect(order.locator("li[data-line]").filter({ hasText: /✓ right|✗ wrong/ })).toHaveCount(
    0,
  );
  await expect(verdict(order)).not.toContainText("The program printed");
  await expect(verdict(order).getByRole("button", { name: "Show answer" })).toBeVisible();

  // Fix it by dragging "end fast" above "end slow".
  await order.locator("li[data-line='end fast']").dragTo(order.locator("li[data-line='end slow']"));
  const texts = await order
    .locator("li[data-line]")
    .evaluateAll((items) => items.map((li) => li.dataset.line));
  expect(texts).toEqual(printed);
  await order.getByRole("button", { name: "Run it and check" }).click();
  await expect(verdict(order)).toContainText("Correct!", { timeout: RUN_TIMEOUT });

  const duration = question(page, "gather-three-sleeps");
  await choose(duration.getByLabel("6 s"));
  await duration.getByRole("button", { name: "Run it and check" }).click();
  await expect(verdict(duration)).toContainText("Not quite.", { timeout: RUN_TIMEOUT });
  await expect(verdict(duration)).toContainText("it does not take 6 s");
  await expect(verdict(duration)).not.toContainText(/\b3(\.\d+)? s/);
  await choose(duration.getByLabel("3 s"));
  await duration.getByRole("button", { name: "Run it and check" }).click();
  await expect(verdict(duration)).toContainText("Correct!", { timeout: RUN_TIMEOUT });
  await expect(page.locator("[data-quiz-score]")).toHaveText("2 of 3 answered correctly");
});

test("an exercise's Ctrl+Enter checks the code as typed up to the key press", async ({ page }) => {
  const solution = readFileSync(
    "content/lessons/04-gather/exercises/gather-the-fetches/solution.py",
    "utf8",
  ).trimEnd();
  await page.goto("/lessons/gather/");
  const exercise = page.locator("[data-exercise='gather/gather-the-fetches']");
  await exercise.scrollIntoViewIfNeeded();
  await editorIn(exercise);
  // All but the last character (a SyntaxError), then the last one typed and Ctrl+Enter at once.
  await setEditorCode(page, exercise, solution.slice(0, -1));
  await page.keyboard.press("End");
  // Sent in one go, without waiting for the page between them (as a fast typist's keys arrive):
  // React may not have rendered the last character when Ctrl+Enter is handled.
  const cdp = await page.context().newCDPSession(page);
  const last = solution.slice(-1);
  const enter = { key: "Enter", code: "Enter", windowsVirtualKeyCode: 13, modifiers: 2 };
  await Promise.all([
    cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key: last, text: last }),
    cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: last }),
    cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...enter }),
    cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...enter }),
  ]);
  await expect(exercise.locator("[data-checks]")).toHaveAttribute("data-checks", "passed", {
    timeout: RUN_TIMEOUT,
  });
});

// The sticky site header would cover the top of an element screenshot.
const HIDE_HEADER = "body > header, header.sticky { visibility: hidden !important; }";

test.describe("screenshots", () => {
  for (const width of [390, 1440]) {
    for (const theme of ["light", "dark"] as const) {
      test(`quiz and exercise, ${width} px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/");
        await page.evaluate((value) => localStorage.setItem("theme", value), theme);
        await page.goto("/lessons/gather/");
        const choice = question(page, "gather-parallel");
        await choose(choice.getByLabel("Each coroutine runs on its own processor core"));
        await choice.getByRole("button", { name: "Check answer" }).click();
        await expect(verdict(choice)).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        await page.locator("[data-quiz]").screenshot({
          path: `e2e-artifacts/screenshots/quiz-${width}-${theme}.png`,
          style: HIDE_HEADER,
        });

        const exercise = page.locator("[data-exercise='gather/gather-the-fetches']");
        await exercise.getByRole("button", { name: "Run checks" }).click();
        await expect(exercise.locator("[data-checks]")).toBeVisible({ timeout: RUN_TIMEOUT });
        await exercise.getByRole("button", { name: /Show hint 1/ }).click();
        await exercise.screenshot({
          path: `e2e-artifacts/screenshots/exercise-${width}-${theme}.png`,
          style: HIDE_HEADER,
        });
      });
    }
  }
});

test("a second miss shows the answer, and a shown answer does not count toward the lesson", async ({
  page,
}) => {
  await page.goto("/lessons/why-async/");
  const data = quizQuestion("why-async-blocking");
  if (data.kind !== "choice") throw new Error("why-async-blocking is a choice question");
  const [first, second] = data.choices.filter((c) => !c.correct);
  const right = data.choices.find((c) => c.correct)!;
  const q = question(page, "why-async-blocking");
  await choose(q.getByLabel(plain(first!.text)));
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(q)).toContainText("Not quite.");
  await expect(q).not.toContainText("Right answer.");
  await choose(q.getByLabel(plain(second!.text)));
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(q)).toHaveAttribute("data-verdict", "revealed");
  await expect(q).toContainText(plain(right.explain));
  await expect(q.locator("label").filter({ hasText: plain(right.text) })).toContainText(
    "Right answer.",
  );
  // Answering it now is not a right answer.
  await choose(q.getByLabel(plain(right.text)));
  await q.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(q)).toHaveAttribute("data-verdict", "revealed");
  await expect(page.locator("[data-quiz-score]")).toHaveText("0 of 3 answered correctly");
  await expect(page.locator("[data-quiz-revealed]")).toContainText("1 revealed");
  await expect(q).toHaveAttribute("data-state", "revealed");

  // The other two right: still not completed, and "continue" stays on this lesson.
  const multi = question(page, "why-async-waiting-work");
  const multiData = quizQuestion("why-async-waiting-work");
  if (multiData.kind !== "choice") throw new Error("why-async-waiting-work is a choice question");
  for (const choice of multiData.choices.filter((c) => c.correct)) {
    await choose(multi.getByLabel(plain(choice.text)));
  }
  await multi.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(multi)).toContainText("Correct!");
  const duration = question(page, "why-async-three-downloads");
  await choose(duration.getByLabel("3 s"));
  await duration.getByRole("button", { name: "Run it and check" }).click();
  await expect(verdict(duration)).toContainText("Correct!", { timeout: RUN_TIMEOUT });
  await expect(page.locator("[data-quiz-score]")).toHaveText("2 of 3 answered correctly");
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole("complementary").locator("[data-lesson-done]")).toHaveCount(0);
  await page.reload();
  await expect(question(page, "why-async-blocking")).toHaveAttribute("data-state", "revealed");
  await page.goto("/");
  await expect(page.locator("[data-course-progress]")).toContainText(
    `0 of ${lessons.length} lessons completed`,
  );
  await expect(page.locator("[data-continue]")).toHaveAttribute("data-continue", "why-async");

  // Starting over asks again, and a right answer then counts.
  await page.goto("/lessons/why-async/");
  const quiz = page.locator("[data-quiz]");
  await quiz.scrollIntoViewIfNeeded();
  await partReady(quiz);
  await page.getByRole("button", { name: "Start the quiz over" }).click();
  await expect(page.locator("[data-quiz-score]")).toHaveText("0 of 3 answered correctly");
  const again = question(page, "why-async-blocking");
  await choose(again.getByLabel(plain(right.text)));
  await again.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict(again)).toContainText("Correct!");
  await expect(page.locator("[data-quiz-score]")).toHaveText("1 of 3 answered correctly");
});

test("Show answer reveals a duration after one miss, and it is recorded as revealed", async ({
  page,
}) => {
  await page.goto("/lessons/gather/");
  const duration = question(page, "gather-three-sleeps");
  await choose(duration.getByLabel("6 s"));
  await duration.getByRole("button", { name: "Run it and check" }).click();
  await expect(verdict(duration)).toContainText("Not quite.", { timeout: RUN_TIMEOUT });
  await verdict(duration).getByRole("button", { name: "Show answer" }).click();
  await expect(verdict(duration)).toHaveAttribute("data-verdict", "revealed");
  await expect(verdict(duration)).toContainText(/it took 3(\.\d+)? s of virtual time/);
  await expect(page.locator("[data-quiz-revealed]")).toContainText("1 revealed");
});

test("lesson 10's order question is not solved before the reader moves a line", async ({
  page,
}) => {
  await page.goto("/lessons/queues-and-semaphores/");
  const order = question(page, "queues-order");
  await order.scrollIntoViewIfNeeded();
  await partReady(order);
  await order.getByRole("button", { name: "Run it and check" }).click();
  await expect(verdict(order)).toContainText("Not quite.", { timeout: RUN_TIMEOUT });
});

test.describe("what every quiz shows before any answer", () => {
  for (const lesson of lessons.filter((l) => quizQuestions.some((q) => q.lesson === l))) {
    test(`${lesson.slug}: no order starts solved, choices are shuffled, groups are named`, async ({
      page,
    }) => {
      await page.goto(lessonPath(lesson));
      for (const data of quizQuestions.filter((q) => q.lesson === lesson)) {
        const q = question(page, data.id);
        const name = plain(data.prompt);
        if (data.kind === "order") {
          const shown = await q
            .locator("li[data-line]")
            .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.line));
          expect(shown, data.id).not.toEqual(data.lines);
          await expect(q.getByRole("list", { name: new RegExp(`^${escape(name)}`) })).toHaveCount(
            1,
          );
        } else if (data.kind === "choice") {
          const multiple = data.choices.filter((c) => c.correct).length > 1;
          const group = q.getByRole(multiple ? "group" : "radiogroup", { name });
          await expect(group).toHaveCount(1);
          // In the order lib/quiz's stable shuffle gives (course-quizzes.test.ts checks that order
          // puts a wrong answer first in most questions).
          const expected = shuffled(
            data.choices.map((_, index) => index),
            data.id,
          ).map((index) => plain(data.choices[index]!.text));
          const labels = await group.locator("label").allInnerTexts();
          expect(labels.length, data.id).toBe(expected.length);
          labels.forEach((label, n) => expect(label.trim(), data.id).toContain(expected[n]));
        } else {
          await expect(q.getByRole("radiogroup", { name })).toHaveCount(1);
        }
      }
    });
  }
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
