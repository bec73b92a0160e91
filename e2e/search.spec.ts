import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { LESSONS_ROOT } from "../lib/content/lessons";
import { courseSections } from "../lib/search/documents";
import { lessons } from "./support/course";
import { expect, horizontalOverflow, test } from "./support/fixtures";
import { editorIn } from "./support/monaco";

const sections = courseSections();

// A word that only one example program contains: no lesson's text (code blocks included) has it.
const CODE_ONLY_WORD = "shipped";
const CODE_ONLY_FILE = path.join(
  LESSONS_ROOT,
  "10-queues-and-semaphores",
  "queue_producer_consumer.py",
);

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search the lessons" });
const combobox = (page: Page) => page.getByRole("combobox", { name: "Search the lessons" });
const options = (page: Page) => page.getByRole("listbox", { name: "Results" }).getByRole("option");

/** Waits until the page's scripts run (the shortcut is a listener added on hydration). */
async function ready(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Search lessons" })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

test("finds a lesson by a word that only its example code contains, and opens it", async ({
  page,
}) => {
  expect(readFileSync(CODE_ONLY_FILE, "utf8")).toContain(CODE_ONLY_WORD);
  for (const lesson of lessons) {
    const mdx = readFileSync(path.join(LESSONS_ROOT, lesson.dir, "lesson.mdx"), "utf8");
    expect(mdx.toLowerCase(), `${lesson.dir}/lesson.mdx`).not.toContain(CODE_ONLY_WORD);
  }
  const expected = sections.find((section) => section.code.includes(CODE_ONLY_WORD))!;
  expect(expected.text.toLowerCase()).not.toContain(CODE_ONLY_WORD);

  await page.goto("/");
  await ready(page);
  await page.getByRole("button", { name: "Search lessons" }).click();
  await expect(dialog(page)).toBeVisible();
  await combobox(page).fill(CODE_ONLY_WORD);
  const first = options(page).first();
  await expect(first).toContainText(expected.heading);
  await expect(first).toContainText(`Lesson ${expected.lessonNumber} · ${expected.lessonTitle}`);
  await expect(first.locator("mark").first()).toHaveText(CODE_ONLY_WORD);

  await first.click();
  await expect(page).toHaveURL(
    new RegExp(`${expected.url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
  );
  await expect(dialog(page)).toHaveCount(0);
  const heading = page.locator(`[id="${expected.url.split("#")[1]}"]`);
  await expect(heading).toHaveText(expected.heading);
  await expect(heading).toBeInViewport();
});

test("keyboard only: / opens, arrows choose, Enter lands on the heading", async ({ page }) => {
  await page.goto("/lessons/gather/");
  await ready(page);
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type("semaphore");
  await expect(options(page).nth(1)).toBeVisible();

  const input = combobox(page);
  const activeOption = async () => {
    const id = await input.getAttribute("aria-activedescendant");
    return id ? page.locator(`[id="${id}"]`) : null;
  };
  await expect(options(page).first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(options(page).nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(options(page).first()).toHaveAttribute("aria-selected", "false");
  expect(await (await activeOption())!.textContent()).toBe(
    await options(page).nth(1).textContent(),
  );
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp"); // wraps to the last
  const count = await options(page).count();
  await expect(options(page).nth(count - 1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown"); // and back to the first
  await expect(options(page).first()).toHaveAttribute("aria-selected", "true");

  // The option's first line is its section's heading.
  const headingText = (await options(page).first().locator("span").first().textContent())!;
  const target = sections.find((section) => section.heading === headingText)!;
  expect(target, `a section titled ${headingText}`).toBeDefined();
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${target.url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  const heading = page.locator(`[id="${target.url.split("#")[1]}"]`);
  await expect(heading).toBeInViewport();
  // Focus moved to the heading: the next Tab starts from there.
  await expect
    .poll(() => heading.evaluate((element) => element.contains(document.activeElement)))
    .toBe(true);
});

test("Ctrl+K opens search too, but neither shortcut fires while typing in the editor", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto("/lessons/gather/");
  await ready(page);
  await page.keyboard.press("Control+k");
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toHaveCount(0);

  const block = page.locator('figure[data-example-file="gather_fetch.py"]');
  await block.scrollIntoViewIfNeeded();
  const editor = await editorIn(block);
  await editor.locator(".view-lines").click();
  await page.keyboard.press("End");
  await page.keyboard.press("/");
  await page.keyboard.press("Control+k");
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toHaveCount(0);
  await expect(editor.locator(".view-lines")).toContainText("/");
});

test("Escape closes search and gives focus back to where it was", async ({ page }) => {
  await page.goto("/lessons/");
  await ready(page);
  const button = page.getByRole("button", { name: "Search lessons" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toHaveCount(0);
  await expect(button).toBeFocused();

  const link = page
    .getByRole("navigation", { name: "Site" })
    .getByRole("link", { name: "Playground" });
  await link.focus();
  await page.keyboard.press("/");
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(link).toBeFocused();
});

test("a hostile query is shown as text, never run", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await page.keyboard.press("/");
  const hostile = `<script>window.pwned=1</script><img src=x onerror="window.pwned=2">`;
  await combobox(page).fill(hostile);
  await expect(dialog(page).getByRole("status")).toHaveText(`No results for “${hostile}”.`);
  await expect(dialog(page).locator("script, img")).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();

  // Markup-like text inside a matched word's neighbourhood stays text as well.
  await combobox(page).fill("script");
  await expect(dialog(page).locator("script, img")).toHaveCount(0);
});

for (const width of [390, 1440]) {
  for (const theme of ["light", "dark"] as const) {
    test(`search dialog, ${width} px, ${theme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto("/lessons/gather/");
      await ready(page);
      const button = page.getByRole("button", { name: "Search lessons" });
      await expect(button).toBeInViewport();
      expect(await horizontalOverflow(page)).toBe(0);
      await page.screenshot({ path: `e2e-artifacts/search-header-${width}-${theme}.png` });

      await button.click();
      await combobox(page).fill("gather");
      await expect(options(page).nth(2)).toBeVisible();
      await page.keyboard.press("ArrowDown");
      const box = (await dialog(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.screenshot({ path: `e2e-artifacts/search-${width}-${theme}.png` });

      const results = await new AxeBuilder({ page }).include("dialog").analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(", ")}`);
      expect(serious).toEqual([]);
    });
  }
}
