/** Lesson 20: Stop during the pipeline example acts like Ctrl+C; the lesson's screenshots. */
import { expect, test } from "./support/fixtures";

test.describe.configure({ timeout: 150_000 });
const READY = 90_000;
const LESSON = "/lessons/pipelines-and-shutdown/";

test("Stop during the pipeline cancels it like Ctrl+C: the cleanup lines print, and the next run works", async ({
  page,
}) => {
  await page.goto(LESSON);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const example = page.locator('figure[data-example-file="stop_cleanly.py"]');
  await example.scrollIntoViewIfNeeded();
  const run = example.getByRole("button", { name: "Run", exact: true });
  const output = example.getByRole("log", { name: "Output" });
  await expect(run).toHaveAttribute("data-python", "ready", { timeout: READY });
  // Clicked in the page the moment the first job is reported: the run takes a few seconds, but a
  // click through Playwright waits for a busy page and could come after the end.
  const stopped = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const figure = document.querySelector('figure[data-example-file="stop_cleanly.py"]')!;
        const check = () => {
          // The live output only: the recorded run shown before Python has the same lines.
          const live = [...figure.querySelectorAll('[role="log"]')].filter(
            (log) => !log.closest("[data-recorded-run]"),
          );
          if (!live.some((log) => log.textContent?.includes("worker A: job 1 done"))) return false;
          [...figure.querySelectorAll("button")].find((b) => b.textContent === "Stop")!.click();
          resolve();
          return true;
        };
        new MutationObserver((_, observer) => {
          if (check()) observer.disconnect();
        }).observe(figure, { childList: true, subtree: true, characterData: true });
      }),
  );
  await run.click();
  await stopped;
  await expect(run).toBeEnabled({ timeout: 30_000 });

  const text = await output.innerText();
  // Cancelled in the middle of the jobs: every finally block ran, then asyncio.run raised
  // KeyboardInterrupt, which the program catches.
  expect(text).toContain("worker A: closing its connection");
  expect(text).toContain("worker B: closing its connection");
  expect(text).toMatch(/main: saving \d+ results/);
  expect(text).toContain("interrupted: the program ends here");
  expect(text).not.toContain("no more jobs");
  expect(text).not.toContain("main: saving 30 results");
  // The interrupt path: the same worker, no restart.
  expect(text).not.toContain("restarted");
  await expect(example.getByRole("status")).toHaveText("Stopped by you.");
  const timeline = example.getByRole("figure", { name: "Timeline" });
  await expect(timeline.getByTestId("timeline-summary")).toContainText("stopped by you");
  await expect(timeline.locator('[data-lane="main()"] [data-lane-state]')).toHaveText(
    "■ stopped by you",
  );
  // The workers end ⊘ cancelled (by the task group), at the same instant.
  await expect(timeline.locator('[data-lane^="work("] [title="cancelled"]')).toHaveCount(2);

  await run.click();
  await expect(output).toContainText("main: saving 30 results", { timeout: 60_000 });
  await expect(run).toBeEnabled({ timeout: 30_000 });
  await expect(example.getByRole("status")).toHaveText(/^Finished in/);
});

test.describe("screenshots", () => {
  for (const width of [390, 1440]) {
    for (const theme of ["light", "dark"] as const) {
      test(`lesson 20 at ${width} px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/");
        await page.evaluate((value) => localStorage.setItem("theme", value), theme);
        await page.goto(LESSON);
        await page.evaluate(() => document.fonts.ready);
        const name = `e2e-artifacts/screenshots/lesson-pipelines-${width}-${theme}`;
        await page.screenshot({ path: `${name}.png`, fullPage: true });
        // The same page in screen-sized parts, readable at full size.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const part = 1800;
        for (let y = 0, i = 1; y < height; y += part, i += 1) {
          await page.screenshot({
            path: `${name}-part${i}.png`,
            fullPage: true,
            clip: { x: 0, y, width, height: Math.min(part, height - y) },
          });
        }
      });
    }
  }
});
