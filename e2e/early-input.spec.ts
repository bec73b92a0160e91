import { test as plainTest, type Locator, type Page } from "@playwright/test";
import { encodeShareFragment } from "../lib/share/link";
import { expect, holdRequests, test } from "./support/fixtures";
import { serveHeldScripts, type HeldSite } from "./support/held-site";
import { editorIn, setEditorCode } from "./support/monaco";

// Presses that come before the page's script (components/input/heldPressesScript.ts): each test
// holds the page's scripts back, so the static HTML is there and nothing of React is: the window
// a slow phone has, made wide and certain instead of raced.
test.describe.configure({ timeout: 180_000 });
const READY = 100_000;
const SCRIPTS = "**/_next/static/chunks/**/*.js";
const SHOTS = "e2e-artifacts/screenshots/early-input";

/** Opens `path` with the page's scripts held back (its static HTML only) until `release()`. */
async function openWithoutScript(page: Page, path: string): Promise<() => void> {
  await page.unrouteAll({ behavior: "ignoreErrors" });
  const release = await holdRequests(page, SCRIPTS);
  // A new document each time (from one share link to another would only change the hash).
  await page.goto("about:blank");
  await page.goto(path, { waitUntil: "commit" });
  return release;
}

/** How many buttons hold a press for the page's script now. */
const heldPresses = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __heldPresses?: { presses: unknown[] } }).__heldPresses?.presses
        .length ?? -1,
  );

/**
 * Presses `button` twice (a double tap) before any script: it is held once, and shows it without
 * taking another size or place.
 */
async function doubleTapEarly(page: Page, button: Locator, alreadyHeld = 0) {
  await button.scrollIntoViewIfNeeded();
  const before = await button.boundingBox();
  await button.click();
  await button.click();
  await expect(button).toHaveAttribute("data-press-held", "");
  expect(await button.boundingBox(), "the held look moves nothing").toEqual(before);
  expect(await heldPresses(page), "presses held (a double tap counts once)").toBe(alreadyHeld + 1);
}

const outputIn = (scope: Locator) => scope.getByRole("log", { name: "Output" });

plainTest.describe("the playground from a share link, its scripts held by the server", () => {
  // Held by a server of its own, not by page.route (which turns the browser's cache off: Python's
  // files were then fetched and compiled again on every load, 6 s each). Another origin: the
  // requests there are ours, so this test watches only for page errors itself.
  let site: HeldSite;
  plainTest.beforeAll(async () => {
    site = await serveHeldScripts();
  });
  plainTest.afterAll(() => site.close());

  plainTest(
    "a Run pressed the moment it is in the page runs that link's code, 10 of 10 fresh loads",
    async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const main = page.locator("main");
      const run = main.locator("button[data-python]");
      for (let load = 1; load <= 10; load++) {
        const corner = load === 1 ? { width: 390, dark: false } : { width: 1440, dark: true };
        if (load <= 2) {
          await page.setViewportSize({ width: corner.width, height: 900 });
          await page.emulateMedia({ colorScheme: corner.dark ? "dark" : "light" });
        }
        site.hold();
        // A query makes each load a new document (another fragment alone would not).
        const code = `print("early run ${load}")\n`;
        await page.goto(`${site.origin}/playground/?load=${load}${encodeShareFragment(code)}`, {
          waitUntil: "commit",
        });
        if (load <= 2) {
          await doubleTapEarly(page, run);
          // Share is kept too; the starter menu says it cannot be used yet (a native pick would
          // not load the starter), without taking another size.
          await main.getByRole("button", { name: "Share" }).click();
          await expect(main.getByRole("combobox")).toBeDisabled();
          await main
            .locator(".flex-wrap")
            .first()
            .screenshot({
              path: `${SHOTS}/playground-held-${corner.width}-${corner.dark ? "dark" : "light"}.png`,
              animations: "disabled",
            });
        } else {
          await run.click();
          await expect(run).toHaveAttribute("data-press-held", "");
        }
        const pressed = await run.elementHandle();
        site.release();
        await expect(outputIn(main), `load ${load}`).toContainText(`early run ${load}`, {
          timeout: READY,
        });
        // Not a new button made when the link's code arrived: the one pressed is the one that ran.
        expect(await pressed!.evaluate((button) => button.isConnected)).toBe(true);
        await expect(run).not.toHaveAttribute("data-press-held");
        if (load <= 2) {
          await expect(main.getByRole("combobox")).toBeEnabled();
          await expect(main.getByText(/^(Link copied|Copy the link below)/)).toBeVisible();
        }
      }

      // Ctrl+Enter runs the editor's text at the key press, even if React has not seen the last key.
      const program = 'print("typed at once")';
      await editorIn(main);
      await setEditorCode(page, main, program.slice(0, -1));
      await page.keyboard.press("End");
      const cdp = await page.context().newCDPSession(page);
      const last = program.slice(-1);
      const enter = { key: "Enter", code: "Enter", windowsVirtualKeyCode: 13, modifiers: 2 };
      await Promise.all([
        cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key: last, text: last }),
        cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: last }),
        cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...enter }),
        cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...enter }),
      ]);
      await expect(outputIn(main)).toContainText("typed at once", { timeout: 30_000 });
      await expect(outputIn(main)).not.toContainText("SyntaxError");
      expect(errors).toEqual([]);
    },
  );
});

test("a lesson before its script: an example's Run is kept (a double tap runs once); Stop, quiz checks and Reset code are visibly inert", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "light" });
  const release = await openWithoutScript(page, "/lessons/gather/");
  const block = page.locator('figure[data-example-file="gather_fetch.py"]');
  const run = block.locator("button[data-python]");
  await doubleTapEarly(page, run);
  // What cannot act yet says so (disabled: no click reaches it, screen readers say "dimmed").
  await expect(block.getByRole("button", { name: "Stop" })).toBeDisabled();
  const question = page.locator('[data-question="gather-parallel"]');
  await expect(question.getByRole("button", { name: "Check answer" })).toBeDisabled();
  const exercise = page.locator("[data-exercise='gather/gather-the-fetches']");
  await expect(exercise.getByRole("button", { name: "Reset code" })).toBeDisabled();
  await block.scrollIntoViewIfNeeded();
  await block.screenshot({ path: `${SHOTS}/example-held-390-light.png`, animations: "disabled" });

  release();
  // The live run replaces the recording, and ends once.
  await expect(block.locator("details[data-recorded-state]")).toHaveCount(0, { timeout: READY });
  await expect(outputIn(block)).toContainText("['Data 1', 'Data 2', 'Data 3']", {
    timeout: READY,
  });
  await expect(block.getByRole("status").filter({ hasText: /^Finished in/ })).toHaveCount(1, {
    timeout: 30_000,
  });
  await expect(run).not.toHaveAttribute("data-press-held");
});

test("an exercise before its script: Run checks and a hint pressed early are kept, each once", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: "dark" });
  const release = await openWithoutScript(page, "/lessons/gather/");
  const exercise = page.locator("[data-exercise='gather/gather-the-fetches']");
  const check = exercise.getByRole("button", { name: "Run checks" });
  await doubleTapEarly(page, check);
  await doubleTapEarly(page, exercise.getByRole("button", { name: /^Show hint 1 of/ }), 1);
  await exercise.screenshot({
    path: `${SHOTS}/exercise-held-1440-dark.png`,
    animations: "disabled",
  });

  release();
  // The unfinished starter fails its checks: they ran.
  await expect(exercise.locator("[data-checks]")).toHaveAttribute("data-checks", "failed", {
    timeout: READY,
  });
  await expect(exercise.getByRole("list", { name: "Hints" }).getByRole("listitem")).toHaveCount(1);
});

// The header's controls are in every page, above everything: the first thing a reader may press.
const banner = (page: Page) => page.getByRole("banner");
const themeToggle = (page: Page) => banner(page).getByRole("button", { name: "Dark theme" });
const searchDialog = (page: Page) => page.getByRole("dialog", { name: "Search the lessons" });

test("the header before its script, 390 px: the theme toggle (tapped twice), search and the lesson menu each act once", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "light" });
  const release = await openWithoutScript(page, "/lessons/gather/");
  // The lesson menu is a native disclosure: it opens with no script, and hydration keeps it open.
  const menu = page.locator("details").filter({ has: page.getByText("All lessons") });
  await menu.locator("summary").click();
  await expect(menu).toHaveAttribute("open", "");
  const toggle = themeToggle(page);
  await doubleTapEarly(page, toggle);
  await doubleTapEarly(page, banner(page).getByRole("button", { name: "Search lessons" }), 1);
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  await banner(page).screenshot({
    path: `${SHOTS}/header-held-390-light.png`,
    animations: "disabled",
  });

  release();
  await expect(searchDialog(page)).toBeVisible({ timeout: READY });
  await expect(toggle).not.toHaveAttribute("data-press-held");
  // Pressed once (however often tapped): the other theme, not toggled back.
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");
  await page.keyboard.press("Escape");
  await expect(searchDialog(page)).toHaveCount(0);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(menu).toHaveAttribute("open", "");
});

test("the header before its script, 1440 px dark: '/' opens search once, and the theme toggle goes light", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: "dark" });
  const release = await openWithoutScript(page, "/lessons/");
  const search = banner(page).getByRole("button", { name: "Search lessons" });
  await expect(search).toBeVisible();
  // The shortcut stands for the button: it is held as a press on it, and shows on it.
  await page.keyboard.press("/");
  await page.keyboard.press("/");
  await expect(search).toHaveAttribute("data-press-held", "");
  expect(await heldPresses(page), "presses held (the key twice counts once)").toBe(1);
  await doubleTapEarly(page, themeToggle(page), 1);
  await banner(page).screenshot({
    path: `${SHOTS}/header-held-1440-dark.png`,
    animations: "disabled",
  });

  release();
  await expect(searchDialog(page)).toBeVisible({ timeout: READY });
  // The key opened search; it typed nothing into the search field.
  await expect(page.getByRole("combobox", { name: "Search the lessons" })).toHaveValue("");
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("light");
  await page.keyboard.press("Escape");
  await expect(searchDialog(page)).toHaveCount(0);
  await expect(search).not.toHaveAttribute("data-press-held");
});
