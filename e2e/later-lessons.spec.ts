/**
 * Lessons 11-16 and the capstone crawler (21) in Chromium: one example each runs and shows CPython's output and a timeline, and
 * each exercise's starter fails its checks while the solution passes; screenshots (390 px light and
 * 1440 px dark, or all four with SCREENSHOTS=all) come from the same run. One page per lesson.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { lessonByDir, lessonPath } from "./support/course";
import { expect, horizontalOverflow, runExampleToEnd, test } from "./support/fixtures";

test.describe.configure({ timeout: 180_000 });
const RUN = 100_000;

/** Per lesson: the example to run and the exercise to check. */
const LATER = [
  { dir: "11-errors", example: "taskgroup_except_star.py", exercise: "close-every-connection" },
  { dir: "12-as-they-arrive", example: "first_answer_wins.py", exercise: "deadline" },
  { dir: "13-shared-state", example: "race_withdraw.py", exercise: "no-overdraft" },
  { dir: "14-async-for-and-with", example: "async_generator.py", exercise: "first-bargain" },
  { dir: "15-threads-and-processes", example: "two_ways.py", exercise: "legacy-client" },
  { dir: "16-debugging", example: "slow_callback.py", exercise: "three-bugs" },
  { dir: "21-capstone-crawler", example: "concurrent_crawl.py", exercise: "crawl-fast-and-polite" },
] as const;

/** What CPython printed for the example (tests/lessons/<dir>/<name>.json), line by line. */
function recorded(dir: string, file: string): { stdout: string[]; stderr: string } {
  const json = JSON.parse(
    readFileSync(path.join("tests", "lessons", dir, file.replace(/\.py$/, ".json")), "utf8"),
  ) as { stdout: string; stderr: string };
  return {
    stdout: json.stdout.split("\n").filter((line) => line.trim() !== ""),
    stderr: json.stderr,
  };
}

/** Screenshots of the example and the whole page, from one run. */
async function screenshots(page: Page, example: Locator, shotName: (what: string) => string) {
  // One switch of theme: light at both widths, then dark at both. `npm test` takes two opposite
  // corners (390 px light, 1440 px dark) for CI's time budget; SCREENSHOTS=all takes all four.
  const all = process.env.SCREENSHOTS === "all";
  for (const [theme, width] of [
    ["light", 390],
    ...(all ? ([["light", 1440]] as const) : []),
    ["dark", 1440],
    ...(all ? ([["dark", 390]] as const) : []),
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    // With no stored choice the page follows the system setting, live: no reload, no new run.
    await page.emulateMedia({ colorScheme: theme });
    const html = expect(page.locator("html"));
    await (theme === "dark" ? html : html.not).toHaveClass(/\bdark\b/);
    // Sticky parts (header, sidebar) would be drawn where the window last was.
    const style = ".sticky { position: static !important; }";
    await example.screenshot({ path: shotName(`example-${width}-${theme}`), style });
    await page.screenshot({ path: shotName(`page-${width}-${theme}`), fullPage: true, style });
    // Nothing may scroll the page sideways (long lane labels, code, tables).
    expect(await horizontalOverflow(page), `${width} px, ${theme}`).toBe(0);
  }
}

for (const { dir, example: file, exercise: name } of LATER) {
  test(`${dir}: ${file} runs with CPython's output and a timeline (screenshots); the exercise's starter fails, its solution passes`, async ({
    page,
  }) => {
    const lesson = lessonByDir(dir);
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(lessonPath(lesson));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);

    const example = await runExampleToEnd(page, file);
    const output = example.getByRole("log", { name: "Output" });
    const expected = recorded(dir, file);
    // The messages, without the times some examples print first: in the browser computing is timed
    // by the wall clock, and a cold first run on a busy machine can charge a long span (0.1 s seen).
    for (const line of expected.stdout) {
      await expect(output).toContainText(line.replace(/^\d+\.\d+ s {2}/, "").trim());
    }
    if (expected.stderr.includes("Executing <Task")) {
      await expect(output).toContainText(/Executing <Task .* took 0\.2\d\d seconds/);
    }
    const lanes = example.getByRole("figure", { name: "Timeline" }).locator("[data-lane]");
    expect(await lanes.count()).toBeGreaterThanOrEqual(1);

    await screenshots(
      page,
      example,
      (what) => `e2e-artifacts/screenshots/lesson${lesson.number}-${what}.png`,
    );

    const ex = page.locator(`[data-exercise='${lesson.slug}/${name}']`);
    await ex.scrollIntoViewIfNeeded();
    const checks = ex.locator("[data-checks]");
    await ex.getByRole("button", { name: "Run checks" }).click();
    await expect(checks).toHaveAttribute("data-checks", "failed", { timeout: RUN });
    await ex.getByRole("button", { name: "Show solution" }).click();
    await ex.getByRole("button", { name: "Put the solution in the editor" }).click();
    await ex.getByRole("button", { name: "Run checks" }).click();
    await expect(checks).toHaveAttribute("data-checks", "passed", { timeout: RUN });
    await expect(ex).toHaveAttribute("data-solved", "true");
  });
}
