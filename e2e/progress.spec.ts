import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { lessons, plain, quizQuestion } from "./support/course";
import { choose, expect, test } from "./support/fixtures";

test.describe.configure({ timeout: 150_000 });
const RUN_TIMEOUT = 100_000;

const exercise = (page: Page) => page.locator("[data-exercise='gather/gather-the-fetches']");

test("solve the sequential → gather exercise; it stays solved after a reload", async ({ page }) => {
  await page.goto("/lessons/gather/");
  const ex = exercise(page);
  await expect(ex).toHaveAttribute("data-solved", "false");
  // The solution stays hidden until the reader has tried once.
  await expect(ex.getByRole("button", { name: "Show solution" })).toBeDisabled();

  await ex.getByRole("button", { name: "Run checks" }).click();
  const checks = ex.locator("[data-checks]");
  await expect(checks).toHaveAttribute("data-checks", "failed", { timeout: RUN_TIMEOUT });
  // Running Python costs its wall time too, so a busy machine may add a little to the 6 s.
  await expect(checks).toContainText(
    /Finishes within 2\.1 s of virtual time\. It took 6(\.\d+)? s\./,
  );
  await expect(checks).toContainText("Runs at least 3 tasks besides main. It ran 0 tasks");

  await ex.getByRole("button", { name: "Show hint 1 of 3" }).click();
  await expect(ex.getByRole("list", { name: "Hints" }).locator("li")).toHaveCount(1);
  await ex.getByRole("button", { name: "Show hint 2 of 3" }).click();
  await expect(ex.getByRole("list", { name: "Hints" }).locator("li")).toHaveCount(2);

  await ex.getByRole("button", { name: "Show solution" }).click();
  await ex.getByRole("button", { name: "Put the solution in the editor" }).click();
  // The editor (Monaco, once loaded) shows the code that will run.
  await expect(ex.locator(".monaco-editor .view-lines")).toContainText(
    "asyncio.gather(fetch_data(1),",
  );
  await ex.getByRole("button", { name: "Run checks" }).click();
  await expect(checks).toHaveAttribute("data-checks", "passed", { timeout: RUN_TIMEOUT });
  await expect(checks).toContainText("All checks pass");
  await expect(ex).toHaveAttribute("data-solved", "true");
  await expect(ex.getByText("✓ Solved")).toBeVisible();

  await page.reload();
  await expect(exercise(page)).toHaveAttribute("data-solved", "true");
  await expect(exercise(page).getByText("✓ Solved")).toBeVisible();

  await page.goto("/");
  const progress = page.locator("[data-course-progress]");
  await expect(progress).toContainText("1 exercise solved");
  await expect(progress.getByRole("link", { name: /Continue with lesson 4/ })).toHaveAttribute(
    "href",
    "/lessons/gather/",
  );
});

test("a completed lesson is marked in the sidebar and on the home page; reset clears it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/lessons/why-async/");
  const q = (id: string) => page.locator(`[data-question="${id}"]`);
  const sidebarMark = page.getByRole("complementary").locator("[data-lesson-done='why-async']");
  await expect(sidebarMark).toHaveCount(0);

  const blocking = quizQuestion("why-async-blocking");
  if (blocking.kind !== "choice") throw new Error("why-async-blocking is a choice question");
  await choose(
    q("why-async-blocking").getByLabel(plain(blocking.choices.find((c) => c.correct)!.text)),
  );
  await q("why-async-blocking").getByRole("button", { name: "Check answer" }).click();
  await choose(q("why-async-waiting-work").getByLabel("Fetching 50 web pages"));
  await choose(q("why-async-waiting-work").getByLabel("Reading rows from a remote database"));
  await q("why-async-waiting-work").getByRole("button", { name: "Check answer" }).click();
  await choose(q("why-async-three-downloads").getByLabel("3 s"));
  await q("why-async-three-downloads").getByRole("button", { name: "Run it and check" }).click();
  await expect(q("why-async-three-downloads").getByRole("status")).toContainText("Correct!", {
    timeout: RUN_TIMEOUT,
  });
  await expect(page.locator("[data-quiz-score]")).toHaveText("3 of 3 answered correctly");
  await expect(sidebarMark).toBeVisible();

  await page.reload();
  await expect(sidebarMark).toBeVisible();

  await page.goto("/");
  const progress = page.locator("[data-course-progress]");
  await expect(progress).toContainText(`1 of ${lessons.length} lessons completed`);
  await expect(page.locator("main [data-lesson-done='why-async']")).toBeVisible();

  await progress.getByRole("button", { name: "Reset progress…" }).click();
  await progress.getByRole("button", { name: "Cancel" }).click();
  await expect(progress).toContainText(`1 of ${lessons.length} lessons completed`);
  await progress.getByRole("button", { name: "Reset progress…" }).click();
  await progress.getByRole("button", { name: "Yes, reset" }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.locator("[data-lesson-done]")).toHaveCount(0);

  await page.reload();
  await expect(page.locator("[data-course-progress]")).toHaveCount(0);
  await page.goto("/lessons/why-async/");
  await expect(page.locator("[data-quiz-score]")).toHaveText("0 of 3 answered correctly");
});

test("corrupt stored progress is kept once as a backup and replaced, not a crash", async ({
  page,
}) => {
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("asyncio-live:progress", "{not json"));
  await page.goto("/lessons/gather/");
  await expect(page.locator("[data-quiz-score]")).toHaveText("0 of 3 answered correctly");
  await page.goto("/");
  // The visit above was recorded over the bad data: progress works again.
  await expect(page.locator("[data-course-progress]")).toContainText(
    `0 of ${lessons.length} lessons completed`,
  );
  expect(await page.evaluate(() => localStorage.getItem("asyncio-live:progress:backup"))).toBe(
    "{not json",
  );
});

test("a right answer passes on the first run in a fresh Python (no cold-start penalty)", async ({
  page,
}) => {
  const solution = readFileSync(
    "content/lessons/04-gather/exercises/gather-the-fetches/solution.py",
    "utf8",
  ).replace(/\n$/, "");
  await page.goto("/");
  // The reader's saved code is restored on the next visit: here, the solution.
  await page.evaluate(
    (code) => localStorage.setItem("asyncio-live:v1:exercise:gather/gather-the-fetches", code),
    solution,
  );
  await page.goto("/lessons/gather/");
  const ex = exercise(page);
  await ex.getByRole("button", { name: "Run checks" }).click();
  const checks = ex.locator("[data-checks]");
  await expect(checks).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(checks).toHaveAttribute("data-checks", "passed");
  // What the program printed is shown too.
  await expect(ex.getByRole("log", { name: "Output" })).toContainText("Data 3 fetched!");
});

test("lesson 3's exercise: the never-awaited warning names the reader's lines; the checks stay the same", async ({
  page,
}) => {
  await page.goto("/lessons/await-and-run/");
  const ex = page.locator("[data-exercise='await-and-run/await-the-prices']");
  await ex.scrollIntoViewIfNeeded();
  await ex.getByRole("button", { name: "Run checks" }).click();
  const checks = ex.locator("[data-checks]");
  await expect(checks).toHaveAttribute("data-checks", "failed", { timeout: RUN_TIMEOUT });
  const output = ex.getByRole("log", { name: "Output" });
  // The forgotten awaits, where the reader wrote them; never the engine's own files.
  await expect(output).toContainText(
    "exercise.py:12: RuntimeWarning: coroutine 'fetch_price' was never awaited",
  );
  await expect(output).toContainText('apple = fetch_price("apple")');
  await expect(output).toContainText("exercise.py:13: RuntimeWarning");
  await expect(output).not.toContainText("runner.py");
  await expect(output).not.toContainText("gc.collect()");

  // The error is one of the listed checks, so fixing it changes verdicts, not the list.
  const listed = () =>
    checks
      .locator("li")
      .evaluateAll((items) =>
        items.map(
          (li) => (li.textContent ?? "").replace(/^[✓✗]|(Passed|Failed): /g, "").split(".")[0],
        ),
      );
  const before = await listed();
  expect(before[0]).toBe("Runs to the end without an error");
  await expect(checks).toContainText(`${before.length} of ${before.length} checks failed`);
  await ex.getByRole("button", { name: "Show solution" }).click();
  await ex.getByRole("button", { name: "Put the solution in the editor" }).click();
  await expect(ex.locator(".monaco-editor .view-lines")).toContainText("await fetch_price");
  await ex.getByRole("button", { name: "Run checks" }).click();
  await expect(checks).toHaveAttribute("data-checks", "passed", { timeout: RUN_TIMEOUT });
  expect(await listed()).toEqual(before);
  await expect(checks.locator("li[data-check='passed']")).toHaveCount(before.length);
});
