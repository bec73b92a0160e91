import type { Locator, Page } from "@playwright/test";
import { lessonUrl } from "./support/course";
import { expect, runExampleToEnd, test } from "./support/fixtures";

// Every test loads Python from scratch in a fresh context: allow for a busy machine.
test.describe.configure({ timeout: 150_000 });

/** Opens the lesson, runs one of its examples and waits for its replay to end. */
async function runExample(page: Page, dir: string, file: string): Promise<Locator> {
  await page.goto(lessonUrl(dir));
  return runExampleToEnd(page, file);
}

/** The [start, end] of every segment drawn on a lane, from the model's times. */
function segmentsOf(timeline: Locator, label: string) {
  return timeline
    .locator(`[data-lane="${label}"] [data-state][data-start]`)
    .evaluateAll((els) =>
      els.map((el) => [
        Number((el as HTMLElement).dataset.start),
        Number((el as HTMLElement).dataset.end),
      ]),
    );
}

test("lesson 9: the worker that catches BaseException refuses cancel() and runs on; the one catching Exception stops", async ({
  page,
}) => {
  const example = await runExample(
    page,
    "09-timeouts-and-cancellation",
    "refusing_cancellation.py",
  );
  const output = example.getByRole("log", { name: "Output" });
  await expect(output).toContainText("stubborn: job 3 failed (CancelledError), carrying on");
  await expect(output).toContainText("main: polite was cancelled");
  await expect(output).toContainText("stubborn: job 4 done");
  await expect(output).toContainText(
    "main: stubborn was not cancelled, it returned 'all jobs done'",
  );

  const timeline = example.getByRole("figure", { name: "Timeline" });
  const polite = timeline.locator('[data-lane="polite_worker()"]');
  const stubborn = timeline.locator('[data-lane="stubborn_worker()"]');
  await expect(polite).toContainText("cancelled");
  await expect(stubborn).not.toContainText("cancelled");
  await expect(stubborn).toContainText("✓");

  // Virtual time includes Python's own work (a cold first run on a busy machine): allow 0.15 s.
  const politeEnd = Math.max(...(await segmentsOf(timeline, "polite_worker()")).map(([, e]) => e!));
  const stubbornEnd = Math.max(
    ...(await segmentsOf(timeline, "stubborn_worker()")).map(([, e]) => e!),
  );
  expect(Math.abs(politeEnd - 1.2)).toBeLessThan(0.15);
  expect(Math.abs(stubbornEnd - 1.7)).toBeLessThan(0.15);
});

test.describe("screenshots", () => {
  for (const width of [390, 1440]) {
    for (const theme of ["light", "dark"] as const) {
      test(`files and cancellation examples, ${width} px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/");
        await page.evaluate((value) => localStorage.setItem("theme", value), theme);
        const shot = (name: string) => `e2e-artifacts/screenshots/${name}-${width}-${theme}.png`;

        await page.goto(lessonUrl("01-why-async"));
        const callout = page.getByRole("note").filter({ hasText: "Files are I/O" });
        await callout.scrollIntoViewIfNeeded();
        await callout.screenshot({ path: shot("lesson1-files-callout") });

        const files = await runExample(page, "06-when-to-use", "file_read_to_thread.py");
        await expect(files.getByRole("log", { name: "Output" })).toContainText(
          "reading the file with to_thread",
        );
        await files.screenshot({ path: shot("lesson6-file-read") });

        const refusing = await runExample(
          page,
          "09-timeouts-and-cancellation",
          "refusing_cancellation.py",
        );
        await refusing.screenshot({ path: shot("lesson9-refusing") });
      });
    }
  }
});
