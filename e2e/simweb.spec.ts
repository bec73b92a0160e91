/** The simulated web (simweb) in the page: a lesson example's requests are named on its timeline. */
import { mkdirSync } from "node:fs";
import { lessonUrl } from "./support/course";
import { expect, test } from "./support/fixtures";
import { SCREENS } from "./support/screens";

test.use({ colorScheme: "light", viewport: { width: 1440, height: 900 } });

const SHOTS = "e2e-artifacts/screenshots";

test("a lesson example's GET requests run, and the timeline table names each one", async ({
  page,
}) => {
  await page.goto(lessonUrl("18-talking-to-the-network"));
  const example = page.locator('figure[data-example-file="sequential_vs_concurrent.py"]');
  await example.scrollIntoViewIfNeeded();
  await example.getByRole("button", { name: "Run", exact: true }).click();
  // Wait for the live run's status: the recorded run shown before it has a summary too.
  await expect(example.getByRole("status")).toHaveText(/^Finished in/, { timeout: 90_000 });
  const timeline = example.getByRole("figure", { name: "Timeline" });
  await expect(example).toContainText("one by one: 0.6 s");
  await expect(example).toContainText("all at once: 0.2 s");

  await timeline.getByRole("button", { name: "Table", exact: true }).click();
  const table = timeline.getByRole("table", { name: "Timeline" });
  await expect(table).toBeVisible();
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
  const waits = rows.filter((r) => r[1] === "waiting").map((r) => [r[0], r[4]]);
  // one_by_one: main() waits on each request in turn (the first one also connects).
  const users = [1, 2, 3, 4, 5].map((i) => `GET https://api.example/users/${i} → 200`);
  expect(waits.filter(([task]) => task === "main()").map(([, what]) => what)).toEqual(
    expect.arrayContaining(users),
  );
  // all_at_once: gather runs each request in a task of its own, one lane each.
  const gathered = waits.filter(([task]) => task !== "main()").map(([, what]) => what);
  expect(gathered.sort()).toEqual(users);
  // No wait is shown as a sleep: the engine's sleep inside simweb is named as the request.
  expect(rows.some((r) => r[4]?.startsWith("sleep("))).toBe(false);
});

for (const dir of ["18-talking-to-the-network", "19-limits-timeouts-retries"]) {
  for (const [theme, width] of SCREENS) {
    test(`screenshot: ${dir}, ${theme}, ${width} px`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(lessonUrl(dir));
      // The first example run, so the picture shows requests on a timeline.
      const example = page.locator("figure[data-example-file]").first();
      await example.scrollIntoViewIfNeeded();
      await example.getByRole("button", { name: "Run", exact: true }).click();
      // The live run's status, not the timeline's summary: the recorded run shown until the
      // live one replaces it has a summary too (waiting on it raced that replacement).
      await expect(example.getByRole("status")).toHaveText(/^Finished in/, { timeout: 90_000 });
      const timeline = example.getByRole("figure", { name: "Timeline" });
      await expect(timeline.getByTestId("timeline-playhead")).toHaveCount(0, { timeout: 30_000 });
      // Nothing is wider than the page, on a phone too.
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBe(0);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({
        path: `${SHOTS}/lesson-${dir}-${width}-${theme}.png`,
        fullPage: true,
      });
      await timeline.screenshot({ path: `${SHOTS}/timeline-${dir}-${width}-${theme}.png` });
    });
  }
}
