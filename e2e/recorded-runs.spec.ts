import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { LESSONS_ROOT, loadLessons } from "../lib/content/lessons";
import { parseRecording } from "../lib/recorded/format";
import { lessonRecordingPath } from "../lib/recorded/load";
import { expect, test } from "./support/fixtures";
import { setEditorCode } from "./support/monaco";
import { SCREENS } from "./support/screens";

// Tests that wait for Python load it from scratch in a fresh context: allow for a busy machine.
test.describe.configure({ timeout: 150_000 });
const READY = 90_000;
const SHOTS = "e2e-artifacts/screenshots";

const GATHER = loadLessons().find((lesson) => lesson.slug === "gather")!;
const URL_PATH = `/lessons/${GATHER.slug}/`;
/** The example the lesson asks the reader to predict (`<Example ... predict />`). */
const PREDICT = "gather_result_order.py";
const shownExamples = GATHER.examples.filter((file) => file !== PREDICT);

/** The recorded stdout of one of the gather lesson's examples, read from its recording file. */
function recordedStdout(file: string): string {
  const where = lessonRecordingPath(LESSONS_ROOT, GATHER.dir, file);
  return parseRecording(readFileSync(where, "utf8"), where).result.stdout;
}
const lastLine = (text: string) => text.trimEnd().split("\n").at(-1)!;

const example = (page: Page, file: string) => page.locator(`figure[data-example-file="${file}"]`);
const recordedIn = (scope: Locator) => scope.locator("details[data-recorded-state]");
const outputIn = (scope: Locator) => scope.getByRole("log", { name: "Output" });
const timelineIn = (scope: Locator) => scope.getByRole("figure", { name: "Timeline" });
/** Every request for Python's files fails (the page's and its workers'). */
const blockPython = (page: Page) => page.context().route("**/pyodide/**", (route) => route.abort());
const runIn = (scope: Locator) => scope.getByRole("button", { name: "Run", exact: true });

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the gather lesson shows each example's recorded output and timeline", async ({ page }) => {
    await page.goto(URL_PATH);
    expect(shownExamples.length).toBeGreaterThanOrEqual(2);
    for (const file of shownExamples) {
      const block = example(page, file);
      const recorded = recordedIn(block);
      await expect(recorded).toHaveAttribute("data-recorded-state", "shown");
      await expect(recorded.locator("summary")).toHaveText(/^Recorded run/);
      const stdout = recordedStdout(file);
      await expect(outputIn(block)).toContainText(stdout.split("\n")[0]!);
      await expect(outputIn(block)).toContainText(lastLine(stdout));
      const timeline = timelineIn(block);
      await expect(timeline).toBeVisible();
      // The chart: one lane per task, drawn on the server.
      await expect(timeline.locator("svg").first()).toBeVisible();
    }
    // The prose quotes the recorded line.
    await expect(example(page, "sequential_fetch.py")).toContainText("Sequential: 6.0 s");

    // Predict first: folded, no output visible until the reader opens it (natively, no script).
    const predict = example(page, PREDICT);
    await expect(recordedIn(predict)).toHaveAttribute("data-recorded-state", "predict");
    await expect(outputIn(predict)).toBeHidden();
    await recordedIn(predict).locator("summary").click();
    await expect(outputIn(predict)).toContainText(lastLine(recordedStdout(PREDICT)));

    // Quizzes and exercises show no recording.
    await expect(page.locator("[data-quiz] [data-recorded-run]")).toHaveCount(0);
    await expect(page.locator("[data-exercise] [data-recorded-run]")).toHaveCount(0);
    await expect(page.locator("[data-recorded-run]")).toHaveCount(GATHER.examples.length);
  });
});

test("with Python's files blocked, the recording stays and the page says Python could not load", async ({
  page,
  pageWatch,
}) => {
  pageWatch.allowErrors(/./);
  await blockPython(page);
  await page.goto(URL_PATH);
  const block = example(page, "gather_fetch.py");
  await expect(outputIn(block)).toContainText(lastLine(recordedStdout("gather_fetch.py")));
  await expect(timelineIn(block)).toBeVisible();
  await expect(block.getByText("Python could not load").first()).toBeVisible({ timeout: READY });
  await expect(outputIn(block)).toContainText(lastLine(recordedStdout("gather_fetch.py")));

  // The event loop steps through the recording too (its code loads as the reader comes near):
  // one iteration in, the three tasks are ready.
  await block.scrollIntoViewIfNeeded();
  const loop = block.getByRole("region", { name: "Event loop" });
  await loop.getByRole("button", { name: "⇤ Start" }).click();
  await loop.getByRole("button", { name: "Iteration →" }).click();
  await expect(loop.locator("[data-loop=ready] > li")).toHaveText([
    "fetch_data(1): first step",
    "fetch_data(2): first step",
    "fetch_data(3): first step",
  ]);
  await loop.getByRole("button", { name: "Iteration →" }).click();
  await expect(loop.locator("[data-loop=timers] > li")).toHaveCount(3);
  await expect(loop.locator("[data-loop=timers] > li").first()).toContainText("at 2.0 s");
});

test("the recording shows before Python; Run replaces it; an edit folds it as the original's", async ({
  page,
}) => {
  await page.goto(URL_PATH);
  const block = example(page, "gather_fetch.py");
  const stdout = recordedStdout("gather_fetch.py");
  // Before Python is ready: the recorded output and timeline are there, Run is still loading.
  await expect(outputIn(block)).toContainText(lastLine(stdout));
  await expect(timelineIn(block)).toBeVisible();
  await expect(runIn(block)).toHaveAttribute("data-python", "loading");

  // Once its code is here, the recorded timeline works: its table lists the recorded tasks.
  await block.scrollIntoViewIfNeeded();
  await timelineIn(block).getByRole("button", { name: "Table" }).click();
  await expect(timelineIn(block).getByRole("table", { name: "Timeline" })).toContainText(
    "fetch_data",
  );

  // Run: the live run replaces the recording and prints what it recorded.
  await runIn(block).click();
  await expect(recordedIn(block)).toHaveCount(0, { timeout: READY });
  await expect(runIn(block)).toBeEnabled({ timeout: READY });
  expect((await outputIn(block).innerText()).replace(/\s+/g, " ")).toContain(
    stdout.trim().replace(/\s+/g, " "),
  );

  // An edit in another example: its recording folds away, dimmed, as the lesson code's.
  const other = example(page, "sequential_fetch.py");
  const source = readFileSync(path.join(LESSONS_ROOT, GATHER.dir, "sequential_fetch.py"), "utf8");
  await other.scrollIntoViewIfNeeded();
  await expect(recordedIn(other)).toHaveAttribute("open", "");
  await setEditorCode(page, other, source.replace("sleep(2)", "sleep(3)").trimEnd());
  const folded = recordedIn(other);
  await expect(folded).toHaveAttribute("data-recorded-state", "original");
  await expect(folded).not.toHaveAttribute("open");
  await expect(folded.locator("summary")).toHaveText(/not of your edit/);
  await expect(outputIn(other)).toBeHidden();
  expect(await folded.evaluate((element) => getComputedStyle(element).opacity)).toBe("0.6");
  mkdirSync(SHOTS, { recursive: true });
  await other.screenshot({ path: `${SHOTS}/recorded-edited-1440-light.png` });
});

test("the playground shows its first starter's recorded run before Python", async ({
  page,
  pageWatch,
}) => {
  pageWatch.allowErrors(/./);
  await page.setViewportSize({ width: 1440, height: 900 });
  await blockPython(page);
  await page.goto("/playground/");
  const main = page.locator("main");
  const stdout = recordedStdout("gather_fetch.py");
  await expect(main.locator("details[data-recorded-state='shown']")).toBeVisible();
  await expect(outputIn(main)).toContainText(lastLine(stdout));
  await expect(timelineIn(main)).toBeVisible();
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({
      path: `${SHOTS}/recorded-playground-1440-${theme}.png`,
      fullPage: true,
    });
  }
});

for (const [theme, width] of SCREENS) {
  test(`screenshot: recorded runs, ${theme}, ${width} px`, async ({ page, pageWatch }) => {
    pageWatch.allowErrors(/./);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: theme });
    // Python blocked: this is the page as it stands before Python has loaded.
    await blockPython(page);
    await page.goto(URL_PATH);
    const block = example(page, "gather_fetch.py");
    await block.scrollIntoViewIfNeeded();
    await expect(timelineIn(block)).toBeVisible();
    await page.waitForTimeout(300);
    mkdirSync(SHOTS, { recursive: true });
    await block.screenshot({ path: `${SHOTS}/recorded-run-${width}-${theme}.png` });
    const predict = example(page, PREDICT);
    await predict.scrollIntoViewIfNeeded();
    await predict.screenshot({ path: `${SHOTS}/recorded-predict-${width}-${theme}.png` });
  });
}
