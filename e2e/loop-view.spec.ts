import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { encodeShareFragment } from "../lib/share/link";
import { lessonUrl } from "./support/course";
import { expect, test } from "./support/fixtures";

test.use({ colorScheme: "light", viewport: { width: 1440, height: 900 } });

const SHOTS = "e2e-artifacts/screenshots";

/** Runs the gather lesson's first gather example twice (the first run in a page also imports
 * asyncio, which a busy machine can charge to the first step) and returns its "Event loop" region. */
async function runGather(page: Page) {
  await page.goto(lessonUrl("04-gather"));
  const example = page.locator('figure[data-example-file="gather_fetch.py"]');
  await example.scrollIntoViewIfNeeded();
  const run = example.getByRole("button", { name: "Run", exact: true });
  const loop = example.getByRole("region", { name: "Event loop" });
  await run.click();
  await expect(loop).toBeVisible({ timeout: 90_000 });
  await loop.evaluate((el) => el.setAttribute("data-first-run", ""));
  // The output replay must end before Run starts another run: the playhead then rests at the end.
  await expect(example.getByTestId("timeline-playhead")).toHaveCount(0, { timeout: 30_000 });
  await run.click();
  await expect(example.locator("[data-loop-view]:not([data-first-run])")).toBeVisible({
    timeout: 30_000,
  });
  return { example, loop: example.getByRole("region", { name: "Event loop" }) };
}

const items = (list: Locator) => list.locator(":scope > li").allInnerTexts();

test("the Event loop region walks the gather example one iteration at a time", async ({
  page,
  pageWatch,
}) => {
  const { example, loop } = await runGather(page);
  const ready = loop.locator("[data-loop=ready]");
  const timers = loop.locator("[data-loop=timers]");

  // Buttons: from the start, one iteration: main's first step created the three tasks.
  await loop.getByRole("button", { name: "⇤ Start" }).click();
  await loop.getByRole("button", { name: "Iteration →" }).click();
  expect(await items(ready)).toEqual([
    "fetch_data(1): first step",
    "fetch_data(2): first step",
    "fetch_data(3): first step",
  ]);
  await expect(loop.getByText("None scheduled.")).toBeVisible();
  await expect(loop.locator("[data-loop=waiting]")).toContainText("main() waits on gather(3)");

  // One iteration later: the ready queue is empty, three timers are due at 2.0 s.
  await loop.getByRole("button", { name: "Iteration →" }).click();
  await expect(ready).toHaveCount(0);
  expect(await items(timers)).toEqual([
    "at 2.0 s sleep(2) ends, for fetch_data(1)",
    "at 2.0 s sleep(2) ends, for fetch_data(2)",
    "at 2.0 s sleep(2) ends, for fetch_data(3)",
  ]);
  const graph = loop.locator("[data-loop=graph]");
  await expect(graph).toContainText("main() awaits gather(3)");
  await expect(graph).toContainText("fetch_data(2) awaits sleep(2)");
  // The editor marks where each task stands: main on its gather, the three on their sleep.
  await expect(example.locator(".editor-task-line")).toHaveCount(2);
  await expect(example.locator(".editor-task-tag").first()).toContainText("fetch_data(1)");
  await expect(loop.locator("[aria-live=polite]")).toContainText("0 ready, 3 timers");

  mkdirSync(SHOTS, { recursive: true });
  await loop.scrollIntoViewIfNeeded();
  await example.screenshot({ path: `${SHOTS}/loop-view-1440-light.png` });
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await example.screenshot({ path: `${SHOTS}/loop-view-1440-dark.png` });

  // Keyboard: → is the next iteration (the clock jumps to 2.0 s: the timers fire).
  await loop.getByRole("button", { name: "Iteration →" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(timers).toHaveCount(0);
  expect(await items(ready)).toEqual([
    "fetch_data(1): resumes after sleep(2)",
    "fetch_data(2): resumes after sleep(2)",
    "fetch_data(3): resumes after sleep(2)",
  ]);
  await expect(loop).toContainText("2.0 s");
  // Shift+← steps back one callback: the last timer callback runs.
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(loop.locator("[data-loop=running]")).toHaveText("sleep(2) ends, for fetch_data(3)");
  // End, then Home.
  await page.keyboard.press("End");
  await expect(loop.locator("[data-loop=running]")).toContainText("the loop has stopped");
  await page.keyboard.press("Home");
  await expect(loop.locator("[data-loop=running]")).toContainText("between two iterations");
  expect(await items(ready)).toEqual(["main(): first step"]);

  for (const theme of ["dark", "light"] as const) {
    await page.evaluate(
      (dark) => document.documentElement.classList.toggle("dark", dark),
      theme === "dark",
    );
    const results = await new AxeBuilder({ page }).include("[data-loop-view]").analyze();
    const problems = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(problems, theme).toEqual([]);
  }

  // A phone: the region stacks under the timeline, folds itself until the reader opens it (the
  // fold follows the screen's width until the reader chooses), and still fits.
  await page.setViewportSize({ width: 390, height: 844 });
  const fold = loop.getByRole("button", { name: "Show" });
  await expect(fold).toHaveAttribute("aria-expanded", "false");
  await expect(loop.getByRole("toolbar")).toBeHidden();
  await fold.click();
  await loop.getByRole("button", { name: "Iteration →" }).click();
  await loop.getByRole("button", { name: "Iteration →" }).click();
  const overflow = await loop.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await loop.scrollIntoViewIfNeeded();
  await example.screenshot({ path: `${SHOTS}/loop-view-390-light.png` });
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await example.screenshot({ path: `${SHOTS}/loop-view-390-dark.png` });
  // Collapsible.
  await loop.getByRole("button", { name: "Hide" }).click();
  await expect(loop.getByRole("toolbar")).toBeHidden();
  expect(pageWatch.errors).toEqual([]);
});

test("the Under the hood lesson: the hand-made sleep's timers and coroutine chain, both themes, two widths", async ({
  page,
  pageWatch,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(lessonUrl("17-under-the-hood"));
  await expect(page.getByRole("heading", { level: 1, name: "Under the hood" })).toBeVisible();
  const example = page.locator('figure[data-example-file="my_sleep.py"]');
  await example.scrollIntoViewIfNeeded();
  await example.getByRole("button", { name: "Run", exact: true }).click();
  const loop = example.getByRole("region", { name: "Event loop" });
  await expect(loop).toBeVisible({ timeout: 90_000 });
  await loop.getByRole("button", { name: "⇤ Start" }).click();
  await loop.getByRole("button", { name: "Iteration →" }).click();
  await loop.getByRole("button", { name: "Iteration →" }).click();
  await expect(loop.locator("[data-loop=timers] > li")).toHaveCount(3);
  await expect(loop.locator("[data-loop=timers]")).toContainText(
    "Future.set_result(None), for fetch_data(1)",
  );
  await expect(loop.locator("[data-loop=graph]")).toContainText(
    "fetch_data(1) → my_sleep() awaits future",
  );
  // The lesson's top, the stepped example with its Event loop region, and the small loop, per
  // width and theme.
  const shots = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/under-the-hood-${name}-top.png` });
    await example.screenshot({ path: `${SHOTS}/under-the-hood-${name}-my-sleep.png` });
    await page
      .locator('figure[data-example-file="tiny_loop.py"]')
      .screenshot({ path: `${SHOTS}/under-the-hood-${name}-tiny-loop.png` });
  };
  await shots("1440-light");
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await shots("1440-dark");
  await page.setViewportSize({ width: 390, height: 844 });
  await shots("390-dark");
  await page.evaluate(() => document.documentElement.classList.remove("dark"));
  await shots("390-light");
  expect(pageWatch.errors).toEqual([]);
});

// A run past the loop trace's detail window (20,000 callbacks): 10,001 first steps, then 10,001
// timers. It takes ~20 s of Python, so it runs only with SCREENSHOTS=all (not in `npm test`);
// the note's text is unit-tested in components/loop/LoopView.test.ts.
test("screenshots: the Event loop region of a large program says what it recorded (390 px light, 1440 px dark)", async ({
  page,
  pageWatch,
}) => {
  test.skip(process.env.SCREENSHOTS !== "all", "a 10,001-task run: SCREENSHOTS=all only");
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  const program = `import asyncio

async def worker(i):
    await asyncio.sleep(1)
    return i

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(10_001)))
    print(sum(results))

asyncio.run(main())
`;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/playground/${encodeShareFragment(program)}`);
  const run = page.getByRole("button", { name: "Run", exact: true });
  await expect(run).toBeEnabled({ timeout: 90_000 });
  await run.click();
  const loop = page.getByRole("region", { name: "Event loop" });
  await expect(loop).toBeVisible({ timeout: 180_000 });
  await page
    .getByRole("button", { name: "Skip to end" })
    .click({ timeout: 2_000 })
    .catch(() => undefined);
  // Folded at 390 px: open it, and go to the first iteration recorded as counts only.
  await loop.getByRole("button", { name: "Show" }).click();
  await loop.getByRole("button", { name: "⇤ Start" }).click();
  for (let i = 0; i < 2; i++) await loop.getByRole("button", { name: "Iteration →" }).click();
  const note = loop.locator("[data-loop=large]");
  await expect(note).toContainText(
    "Large program: the loop ran 40,011 callbacks in 11 iterations. Only the first 2 iterations (10,002 callbacks) are recorded one by one",
  );
  await expect(note).toContainText(
    "The next iteration runs 10,001 callbacks, 10,001 of them timers.",
  );
  expect(await loop.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await loop.scrollIntoViewIfNeeded();
  await loop.screenshot({ path: `${SHOTS}/loop-view-large-390-light.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await loop.scrollIntoViewIfNeeded();
  await loop.screenshot({ path: `${SHOTS}/loop-view-large-1440-dark.png` });
  expect(pageWatch.errors).toEqual([]);
});
