import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { LESSONS_ROOT } from "../lib/content/lessons";
import { expect, test } from "./support/fixtures";
import { editorIn, editorText, setEditorCode } from "./support/monaco";

// Every test loads Python from scratch in a fresh context: allow for a busy machine.
test.describe.configure({ timeout: 150_000 });
const READY = 90_000;

const GATHER_LESSON = "/lessons/gather/";
const gatherSource = readFileSync(path.join(LESSONS_ROOT, "04-gather", "gather_fetch.py"), "utf8");

const example = (page: Page, file: string) => page.locator(`figure[data-example-file="${file}"]`);
const runIn = (scope: Locator) => scope.getByRole("button", { name: "Run", exact: true });
const stopIn = (scope: Locator) => scope.getByRole("button", { name: "Stop", exact: true });
const outputIn = (scope: Locator) => scope.getByRole("log", { name: "Output" });
const main = (page: Page) => page.locator("main");

/** Requests from the page and its workers that went to another origin. */
function watchForeign(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.context().on("request", (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Waits for Python and for the run's replay to end (Run comes back), then returns the output. */
async function runAndWait(scope: Locator): Promise<string> {
  await runIn(scope).click();
  await expect(runIn(scope)).toBeEnabled({ timeout: READY });
  return outputIn(scope).innerText();
}

test("gather lesson: edit, run in virtual time, keep the edit across a reload, reset", async ({
  page,
  baseURL,
}) => {
  const foreign = watchForeign(page, new URL(baseURL!).origin);
  await page.goto(GATHER_LESSON);
  const block = example(page, "gather_fetch.py");

  // Static first: the highlighted code is there at once; the editor then takes its exact place.
  await expect(block.locator("[data-static-code] pre.shiki")).toBeVisible();
  await block.scrollIntoViewIfNeeded();
  const before = await block.boundingBox();
  await editorIn(block);
  await expect(block.locator("[data-static-code]")).toHaveCount(0);
  const after = await block.boundingBox();
  expect(after!.height).toBeCloseTo(before!.height, 0);
  expect(after!.y).toBeCloseTo(before!.y, 0);
  expect(after!.width).toBeCloseTo(before!.width, 0);

  const edited = gatherSource.replace("asyncio.sleep(2)", "asyncio.sleep(1)").trimEnd();
  expect(edited).not.toEqual(gatherSource.trimEnd());
  await setEditorCode(page, block, edited);
  await expect(block.getByText("edited", { exact: true })).toBeVisible();

  // Record when each line shows up, to check the replay's timing afterwards.
  await block.evaluate((figure) => {
    const seen: Record<string, number> = {};
    (window as unknown as { seen: Record<string, number> }).seen = seen;
    new MutationObserver(() => {
      const log = figure.querySelector('[role="log"]');
      for (const line of (log?.textContent ?? "").match(/(Fetching data \d|Data \d fetched)/g) ??
        [])
        seen[line] ??= performance.now();
    }).observe(figure, { subtree: true, childList: true, characterData: true });
  });
  await runIn(block).click();
  const log = outputIn(block);
  await expect(runIn(block)).toBeEnabled({ timeout: READY });
  // Replayed in time: the fetches start at once and finish when the clock reaches 1 s.
  const seen = await page.evaluate(
    () => (window as unknown as { seen: Record<string, number> }).seen,
  );
  expect(Object.keys(seen).sort()).toEqual([
    "Data 1 fetched",
    "Data 2 fetched",
    "Data 3 fetched",
    "Fetching data 1",
    "Fetching data 2",
    "Fetching data 3",
  ]);
  const gap = seen["Data 1 fetched"]! - seen["Fetching data 3"]!;
  expect(gap).toBeGreaterThan(800);
  expect(gap).toBeLessThan(3000);
  const text = await log.innerText();
  expect(text.match(/Data \d fetched!/g)).toHaveLength(3);
  // About 1 s, not 2: Python's own work (a cold first import of asyncio on a busy machine) adds
  // its wall time to the virtual clock, so allow for it.
  expect(text).toMatch(/Finished in 1\.\d s/);
  await expect(block.getByRole("status")).toHaveText(/Finished in 1\.\d s\./);

  await page.reload();
  const reloaded = example(page, "gather_fetch.py");
  await editorIn(reloaded);
  await expect.poll(() => editorText(reloaded)).toContain("asyncio.sleep(1)");
  await expect(reloaded.getByText("edited", { exact: true })).toBeVisible();

  await reloaded.getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => editorText(reloaded)).toContain("asyncio.sleep(2)");
  await expect(reloaded.getByText("edited", { exact: true })).toHaveCount(0);
  await expect(reloaded.getByRole("button", { name: "Reset" })).toHaveCount(0);
  await page.reload();
  await expect(example(page, "gather_fetch.py").locator("[data-static-code]")).toContainText(
    "asyncio.sleep(2)",
  );

  expect(foreign, "requests that left our origin").toEqual([]);
});

test("a syntax error marks its line and column in the editor", async ({ page }) => {
  await page.goto(GATHER_LESSON);
  const block = example(page, "gather_fetch.py");
  await block.scrollIntoViewIfNeeded();
  await setEditorCode(page, block, 'import asyncio\n\nprint("ok")\nx = (1 +\nprint("never")\n');
  const text = await runAndWait(block);
  expect(text).toContain("SyntaxError");

  const squiggle = block.locator(".squiggly-error").first();
  await expect(squiggle).toBeVisible();
  const errorLine = block.locator(".editor-error-line").first();
  await expect(errorLine).toBeVisible();
  // CPython reports the unclosed "(" on line 4, column 5.
  const lines = block.locator(".view-line");
  const line4 = lines.filter({ hasText: /^x\s=\s\(1\s\+$/ });
  const lineBox = (await line4.boundingBox())!;
  const markBox = (await errorLine.boundingBox())!;
  expect(markBox.y).toBeCloseTo(lineBox.y, 0);
  const squiggleBox = (await squiggle.boundingBox())!;
  expect(squiggleBox.y).toBeGreaterThanOrEqual(lineBox.y - 1);
  expect(squiggleBox.y).toBeLessThan(lineBox.y + lineBox.height);
  // The line's text (not the full-width line box) gives the character width.
  const textBox = (await line4.locator(":scope > span").boundingBox())!;
  const charWidth = textBox.width / "x = (1 +".length;
  expect(Math.abs(squiggleBox.x - (textBox.x + 4 * charWidth))).toBeLessThan(charWidth / 2);
  expect(squiggleBox.width).toBeLessThan(textBox.width / 2);
  await expect(block.getByRole("status")).toHaveText(/SyntaxError on line 4/);
});

test("Stop ends `while True: pass`, and the next run works", async ({ page }) => {
  await page.goto(GATHER_LESSON);
  const block = example(page, "gather_fetch.py");
  await block.scrollIntoViewIfNeeded();
  await setEditorCode(page, block, 'print("spinning")\nwhile True:\n    pass\n');
  await runIn(block).click();
  await expect(outputIn(block)).toContainText("spinning", { timeout: READY });
  await expect(stopIn(block)).toBeEnabled();
  await stopIn(block).click();
  await expect(runIn(block)).toBeEnabled({ timeout: 30_000 });
  await expect(outputIn(block)).toContainText(/Stopped/);

  await setEditorCode(page, block, 'print("after stop")\n');
  const text = await runAndWait(block);
  expect(text).toContain("after stop");
  expect(text).toMatch(/Finished in/);
});

test("program output is text: markup is shown, never run", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(GATHER_LESSON);
  const block = example(page, "gather_fetch.py");
  await block.scrollIntoViewIfNeeded();
  await setEditorCode(page, block, 'print("<img src=x onerror=alert(1)>")\n');
  const text = await runAndWait(block);
  expect(text).toContain("<img src=x onerror=alert(1)>");
  await expect(outputIn(block).locator("img")).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
});

test("keyboard: Ctrl+Enter runs, Esc then Tab leaves the editor", async ({ page }) => {
  await page.goto(GATHER_LESSON);
  const block = example(page, "gather_fetch.py");
  const below = example(page, "gather_result_order.py");
  await block.scrollIntoViewIfNeeded();
  await editorIn(block);
  // Another example's editor, created after this one: Ctrl+Enter here must still run this one.
  await below.scrollIntoViewIfNeeded();
  await editorIn(below);
  await block.scrollIntoViewIfNeeded();
  await setEditorCode(page, block, 'print("from the keyboard")\n');
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(outputIn(block)).toContainText("from the keyboard", { timeout: READY });
  // One live output on the page (the other examples show their recorded runs).
  await expect(
    page.locator("div.example-results").getByRole("log", { name: "Output" }),
  ).toHaveCount(1);

  // Tab alone indents (focus stays in the editor); Esc then Tab moves on.
  await block.locator(".view-lines").click();
  await page.keyboard.press("Tab");
  const inEditor = () =>
    page.evaluate(() => Boolean(document.activeElement?.closest(".monaco-editor")));
  expect(await inEditor()).toBe(true);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  expect(await inEditor()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");
});

/**
 * Types `text` and presses Ctrl+Enter as one burst of key events, sent without waiting for the
 * page between them: how the keys of a quick typist reach a page whose main thread is busy (as it
 * is when Python turns ready and the editors around mount). Playwright's own `keyboard` waits for
 * each key, which leaves React time to re-render between keys and hides the race.
 */
async function typeThenRunInOneBurst(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  interface KeyEvent {
    type: "keyDown" | "rawKeyDown" | "keyUp";
    key: string;
    code?: string;
    text?: string;
    unmodifiedText?: string;
    windowsVirtualKeyCode?: number;
    modifiers?: number;
  }
  const key = (params: KeyEvent) => cdp.send("Input.dispatchKeyEvent", params);
  const CTRL = 2;
  const keys: Promise<unknown>[] = [];
  for (const ch of text) {
    keys.push(key({ type: "keyDown", key: ch, text: ch, unmodifiedText: ch }));
    keys.push(key({ type: "keyUp", key: ch }));
  }
  const control = { key: "Control", code: "ControlLeft", windowsVirtualKeyCode: 17 } as const;
  const enter = {
    key: "Enter",
    code: "Enter",
    windowsVirtualKeyCode: 13,
    modifiers: CTRL,
  } as const;
  keys.push(key({ type: "rawKeyDown", ...control, modifiers: CTRL }));
  keys.push(key({ type: "rawKeyDown", ...enter }));
  keys.push(key({ type: "keyUp", ...enter }));
  keys.push(key({ type: "keyUp", ...control, modifiers: 0 }));
  await Promise.all(keys);
  await cdp.detach();
}

test("fast keyboard path: Ctrl+Enter at once after typing runs the new code, 3 of 3 fresh visits", async ({
  browser,
}) => {
  // Each visit is a new context (a cold page, Python loading) and does what a quick reader does:
  // click into the first editor the moment it is there, replace the code, press Ctrl+Enter with no
  // pause. The run must start with exactly the code typed, every time.
  test.setTimeout(10 * 60_000);
  const misses: string[] = [];
  for (let visit = 1; visit <= 3; visit += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(GATHER_LESSON);
    const block = example(page, "gather_fetch.py");
    // Odd visits point at the code first, which loads the editor before Python is ready (the run
    // is then queued); even ones scroll to it and get the editor when Python is ready.
    if (visit % 2 === 1) await block.locator(".code-frame").hover();
    else await block.scrollIntoViewIfNeeded();
    await block.locator(".monaco-editor .view-lines").click({ timeout: READY });
    await page.keyboard.press("ControlOrMeta+A");
    await typeThenRunInOneBurst(page, `print("keyboard visit ${visit}")`);
    const printed = await expect(outputIn(block))
      .toContainText(`keyboard visit ${visit}`, { timeout: READY })
      .then(
        () => true,
        () => false,
      );
    if (!printed) {
      const output = await outputIn(block)
        .innerText({ timeout: 1000 })
        .catch(() => "(no output pane)");
      misses.push(`visit ${visit}: ${JSON.stringify(output.slice(0, 160))}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  }
  expect(misses, "visits where Ctrl+Enter did not run the typed code").toEqual([]);
});

test("replay speed: a long run replays faster and says so, but the reader's setting stays, also after Stop", async ({
  page,
}) => {
  await page.goto(GATHER_LESSON);
  const block = example(page, "sequential_fetch.py");
  await block.scrollIntoViewIfNeeded();
  const speeds = block.getByRole("group", { name: "Replay speed" });
  const pressed = speeds.locator('[aria-pressed="true"]');
  await expect(pressed).toHaveText("1×");

  // The 6 s example: replayed at 4× (said beside the control), the control still on 1×.
  await runIn(block).click();
  const note = block.getByTestId("replay-speed-note");
  // (The replay takes 1.5 s: on a busy machine the check may come after it ended.)
  await expect(note).toHaveText(/^Replay(ing|ed) at 4× because the run is long \(6\.\d s\)$/, {
    timeout: READY,
  });
  await expect(speeds).toHaveAccessibleDescription(/^Replay(ing|ed) at 4×/);
  await expect(pressed).toHaveText("1×");
  await expect(runIn(block)).toBeEnabled({ timeout: 30_000 });
  await expect(note).toHaveText(/^Replayed at 4× because the run is long \(6\.\d s\)$/);
  await expect(pressed).toHaveText("1×");

  // Stop shows the rest at once; it is not a speed the reader chose.
  await setEditorCode(page, block, 'print("spinning")\nwhile True:\n    pass\n');
  await runIn(block).click();
  await expect(outputIn(block)).toContainText("spinning", { timeout: READY });
  await expect(note).toHaveCount(0);
  await stopIn(block).click();
  await expect(runIn(block)).toBeEnabled({ timeout: 30_000 });
  await expect(pressed).toHaveText("1×");

  // A speed the reader picks is theirs: it stays for the next run and the next visit.
  await speeds.getByRole("button", { name: "4×" }).click();
  await setEditorCode(page, block, 'print("short")\n');
  await runAndWait(block);
  await expect(pressed).toHaveText("4×");
  await page.reload();
  await expect(
    example(page, "sequential_fetch.py")
      .getByRole("group", { name: "Replay speed" })
      .locator('[aria-pressed="true"]'),
  ).toHaveText("4×");
});

test("examples share one Python: running one stops the other, visibly", async ({ page }) => {
  await page.goto(GATHER_LESSON);
  const first = example(page, "gather_fetch.py");
  const second = example(page, "gather_result_order.py");
  await first.scrollIntoViewIfNeeded();
  await setEditorCode(page, first, 'print("busy")\nwhile True:\n    pass\n');
  await runIn(first).click();
  await expect(outputIn(first)).toContainText("busy", { timeout: READY });

  await second.scrollIntoViewIfNeeded();
  await runIn(second).click();
  await expect(first.getByText(/another example on this page started running/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(runIn(second)).toBeEnabled({ timeout: 30_000 });
  await expect(outputIn(second)).toContainText(/Finished in/);
});

/** Names of the built chunks that hold Monaco's editor (the page loads them only when it shows one). */
function monacoChunks(): string[] {
  const chunks = path.join("out", "_next", "static", "chunks");
  return readdirSync(chunks).filter(
    (file) =>
      file.endsWith(".js") &&
      readFileSync(path.join(chunks, file), "utf8").includes("MonacoEnvironment"),
  );
}

test("a Run clicked at once has the page to itself: the editors nearby load after its first line", async ({
  page,
}) => {
  const chunks = monacoChunks();
  expect(chunks.length).toBeGreaterThan(0);
  // Tall enough that the second example is near the viewport from the start (its editor would
  // load as soon as Python is ready, if nothing held it back).
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(GATHER_LESSON);
  const first = example(page, "sequential_fetch.py");
  await runIn(first).click();
  // The worker's marks come with the run's reply: the run is over.
  await page.waitForFunction(
    () => performance.getEntriesByName("python:run-start").length > 0,
    undefined,
    { timeout: READY },
  );
  // The example below still gets its editor, once the run is over.
  await editorIn(example(page, "gather_fetch.py"));
  const [firstOutput, monacoRequested] = await page.evaluate((names) => {
    const output = performance.getEntriesByName("python:page-first-output")[0]?.startTime;
    const monaco = performance
      .getEntriesByType("resource")
      .filter((entry) => names.some((name) => entry.name.endsWith(`/${name}`)))
      .map((entry) => entry.startTime);
    return [output ?? NaN, Math.min(...monaco)];
  }, chunks);
  // Parsing Monaco as Python turned ready held the run's first line off the page for 0.3–1.5 s.
  expect(monacoRequested).toBeGreaterThan(firstOutput);
});

test("phone width: the example stacks and its controls stay on screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(GATHER_LESSON);
  const block = example(page, "gather_fetch.py");
  await block.scrollIntoViewIfNeeded();
  await editorIn(block);
  const text = await runAndWait(block);
  expect(text).toContain("Data 3 fetched!");
  const box = (await block.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  for (const control of [
    runIn(block),
    stopIn(block),
    block.getByRole("group", { name: "Replay speed" }),
    block.getByRole("button", { name: "Skip to end" }),
    block.getByRole("link", { name: "Open in playground" }),
    outputIn(block),
  ]) {
    const { x, width } = (await control.boundingBox())!;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(390);
  }
  // Code, then controls, then output: one column.
  const editorBox = (await block.locator(".monaco-editor").boundingBox())!;
  const run = (await runIn(block).boundingBox())!;
  const log = (await outputIn(block).boundingBox())!;
  expect(run.y).toBeGreaterThanOrEqual(editorBox.y + editorBox.height - 1);
  expect(log.y).toBeGreaterThan(run.y);
});

test("the build ships Monaco with the Python language only", () => {
  const chunks = path.join("out", "_next", "static", "chunks");
  const languages = new Set<string>();
  for (const file of readdirSync(chunks)) {
    if (!file.endsWith(".js")) continue;
    const source = readFileSync(path.join(chunks, file), "utf8");
    for (const match of source.matchAll(/tokenPostfix:\s*"\.([\w-]+)"/g)) languages.add(match[1]!);
    for (const match of source.matchAll(/id:\s*"([\w-]+)",\s*extensions:/g))
      languages.add(match[1]!);
  }
  expect([...languages]).toEqual(["python"]);
});

test.describe("screenshots", () => {
  for (const width of [390, 1440]) {
    for (const theme of ["light", "dark"] as const) {
      test(`live example and playground, ${width} px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/");
        await page.evaluate((value) => localStorage.setItem("theme", value), theme);

        await page.goto(GATHER_LESSON);
        const block = example(page, "gather_fetch.py");
        await block.scrollIntoViewIfNeeded();
        await editorIn(block);
        const text = await runAndWait(block);
        expect(text).toContain("Finished in");
        await block.screenshot({
          path: `e2e-artifacts/screenshots/live-example-${width}-${theme}.png`,
        });

        await page.goto("/playground/");
        await editorIn(main(page));
        await page.getByRole("button", { name: "Run", exact: true }).click();
        await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled({
          timeout: READY,
        });
        // The timeline beside the playground's output shows the whole run: no sideways scroll.
        const chart = page.getByRole("group", { name: "Timeline chart" });
        await expect(chart).toBeVisible();
        expect(await chart.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
        await page.screenshot({
          path: `e2e-artifacts/screenshots/playground-${width}-${theme}.png`,
          fullPage: true,
        });
      });
    }
  }
});
