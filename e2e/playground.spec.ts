import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { encodeShareFragment } from "../lib/share/link";
import { expect, holdRequests, test } from "./support/fixtures";
import { editorIn, editorText, setEditorCode } from "./support/monaco";

test.describe.configure({ timeout: 150_000 });
const READY = 90_000;

const gatherStarter = readFileSync(
  path.join("content", "lessons", "04-gather", "gather_fetch.py"),
  "utf8",
);

const main = (page: Page) => page.locator("main");
const runButton = (page: Page) => page.getByRole("button", { name: "Run", exact: true });
const output = (page: Page) => page.getByRole("log", { name: "Output" });

test("a share link round-trips the code and does not run it", async ({ page, context }) => {
  await page.goto("/playground/");
  const program = 'import asyncio\n\nprint("shared ✓ <b>bold?</b>")\nawait asyncio.sleep(0.5)\n';
  await setEditorCode(page, main(page), program);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /Link copied|Copy the link/ }),
  ).toBeVisible();
  const link = page.url();
  expect(new URL(link).hash).toMatch(/^#v1=/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  await expect.poll(() => editorText(main(other)), { timeout: READY }).toBe(program);
  // Opening a link never runs it: Python gets ready, and the output stays empty.
  await expect(runButton(other)).toBeEnabled({ timeout: READY });
  await other.waitForTimeout(500);
  await expect(output(other)).toContainText("Press Run");
  await expect(output(other)).not.toContainText("shared");

  await runButton(other).click();
  await expect(output(other)).toContainText("shared ✓ <b>bold?</b>", { timeout: READY });
  await expect(runButton(other)).toBeEnabled({ timeout: 30_000 });
  await expect(output(other)).toContainText(/Finished in 0\.\d s/);
  await other.close();
});

for (const [what, hash, message] of [
  ["a malformed", "#v1=%%%not-lz", /damaged/],
  ["a cut-short", encodeShareFragment(gatherStarter.repeat(3)).slice(0, 60), /damaged/],
  ["an unknown-version", encodeShareFragment("print(1)").replace("#v1=", "#v7="), /newer version/],
  ["an oversized", `#v1=${"A".repeat(40_000)}`, /too long/],
] as const) {
  test(`${what} share link shows a message and the default program`, async ({ page }) => {
    await page.goto(`/playground/${hash}`);
    // Next's route announcer and Monaco keep alert regions of their own: find ours by its text.
    const alert = page.getByRole("alert").filter({ hasText: "share link" });
    await expect(alert).toContainText("This share link could not be opened.");
    await expect(alert).toContainText(message);
    await editorIn(main(page));
    await expect.poll(() => editorText(main(page)), { timeout: READY }).toBe(gatherStarter);
  });
}

test("starters, top-level await and Reset", async ({ page }) => {
  await page.goto("/playground/");
  await editorIn(main(page));
  await page.getByLabel("Start from").selectOption({ label: "Top-level await" });
  await expect.poll(() => editorText(main(page))).toContain("print(await countdown(");
  await runButton(page).click();
  await expect(runButton(page)).toBeEnabled({ timeout: READY });
  await expect(output(page)).toContainText("foreground done");
  await expect(output(page)).toContainText("background done");
  // 3 s of sleeps, plus the wall time Python itself spends (a cold first run on a busy machine).
  await expect(output(page)).toContainText(/Finished in [34]\.\d s/);

  await setEditorCode(page, main(page), "print('changed')\n");
  await page.getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => editorText(main(page))).toContain("print(await countdown(");
});

test("every lesson example opens in the playground with its code", async ({ page }) => {
  await page.goto("/lessons/gather/");
  const block = page.locator('figure[data-example-file="sequential_fetch.py"]');
  const link = block.getByRole("link", { name: "Open in playground" });
  await expect(link).toHaveAttribute("href", /^\/playground\/#v1=/);
  const source = readFileSync(
    path.join("content", "lessons", "04-gather", "sequential_fetch.py"),
    "utf8",
  );
  await link.click();
  await expect(page).toHaveURL(/\/playground\/#v1=/);
  await expect
    .poll(() => editorText(main(page)), { timeout: READY })
    .toBe(source.replace(/\n$/, ""));
  await expect(page.getByRole("alert").filter({ hasText: "share link" })).toHaveCount(0);
});

test("an edited example opens in the playground with the edit", async ({ page }) => {
  await page.goto("/lessons/gather/");
  const block = page.locator('figure[data-example-file="sequential_fetch.py"]');
  const edited = 'print("my own edit")\n';
  await setEditorCode(page, block, edited);
  const link = block.getByRole("link", { name: "Open in playground" });
  await expect(link).toHaveAttribute("href", `/playground/${encodeShareFragment(edited)}`);
  await link.click();
  await expect.poll(() => editorText(main(page)), { timeout: READY }).toBe(edited);
});

test("the editor waits for Python, unless the reader reaches for the code first", async ({
  page,
}) => {
  // Python held back: Monaco would otherwise load beside it and slow both down.
  const releasePython = await holdRequests(page, "**/pyodide/**");
  await page.goto("/playground/");
  const standIn = page.getByLabel("Python program (the editor is loading)");
  await expect(standIn).toBeVisible();
  await page.waitForTimeout(1_500);
  await expect(main(page).locator(".monaco-editor")).toHaveCount(0);

  // Clicking the code loads the editor at once and puts the caret in it.
  await standIn.click();
  const editor = await editorIn(main(page));
  await expect(standIn).toHaveCount(0);
  await expect
    .poll(() => editor.evaluate((element) => element.contains(document.activeElement)))
    .toBe(true);
  await page.keyboard.type("# typed ");
  await expect.poll(() => editorText(main(page))).toMatch(/^# typed /);
  releasePython();
  await expect(runButton(page)).toBeEnabled({ timeout: READY });
});

test("typing fast on a slow machine keeps every key where it was typed", async ({ page }) => {
  await page.goto("/playground/");
  await expect(runButton(page)).toBeEnabled({ timeout: READY });
  const editor = await editorIn(main(page));
  // Each key re-renders the page; slowed down 8× those renders trail the keys (a low-end phone).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Home");
  const line = "# the quick brown fox jumps over the lazy dog\n";
  await page.keyboard.type(line);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await expect.poll(() => editorText(main(page)), { timeout: READY }).toBe(line + gatherStarter);
});

test("the editor still loads when Python never becomes ready", async ({ page }) => {
  await holdRequests(page, "**/pyodide/**"); // never released: a network that lost Python
  await page.goto("/playground/");
  await expect(page.getByLabel("Python program (the editor is loading)")).toBeVisible();
  // At the latest 10 s after the page started, without the reader asking for it.
  await expect(main(page).locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
  await expect(runButton(page)).not.toHaveAttribute("data-python", "ready");
});
