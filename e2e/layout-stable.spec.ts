/**
 * The page does not move when its script arrives: every heading and example sits where the
 * server-rendered HTML put it. (A recorded run's Event loop region once appeared only after
 * hydration and pushed the rest of the gather lesson down 233 px under the reader's eyes.)
 */
import type { Page } from "@playwright/test";
import { lessonUrl } from "./support/course";
import { expect, test } from "./support/fixtures";

/** The document-relative top of each heading and example in the lesson, in order. */
const tops = (page: Page) =>
  page.locator("main h2, main figure[data-example-file]").evaluateAll((els) =>
    els.map((el) => {
      const name = el.tagName === "H2" ? el.textContent : el.getAttribute("data-example-file");
      return `${name} @ ${Math.round(el.getBoundingClientRect().top + window.scrollY)}`;
    }),
  );

for (const [dir, width] of [
  ["04-gather", 1440],
  ["04-gather", 390],
  ["17-under-the-hood", 390],
] as const) {
  test(`${dir} at ${width} px: headings and examples keep the places the HTML gave them`, async ({
    browser,
    page,
  }) => {
    const viewport = { width, height: width < 500 ? 844 : 900 };
    const bare = await browser.newContext({ javaScriptEnabled: false, viewport });
    const before = await bare.newPage();
    await before.goto(lessonUrl(dir));
    const asServed = await tops(before);
    await bare.close();
    expect(asServed.length).toBeGreaterThan(3);

    await page.setViewportSize(viewport);
    await page.goto(lessonUrl(dir));
    // Hydrated, and the parts that load after the page's load event are in.
    await page.waitForFunction(() =>
      Object.keys(document.querySelector("main") ?? {}).some((key) =>
        key.startsWith("__reactFiber"),
      ),
    );
    await page.waitForLoadState("networkidle");
    expect(await tops(page)).toEqual(asServed);
    // Read down the whole lesson: each example's live part comes in as the reader nears it, and
    // nothing moves for that either.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += viewport.height / 2) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
    await page.waitForLoadState("networkidle");
    expect(await tops(page)).toEqual(asServed);
  });
}
