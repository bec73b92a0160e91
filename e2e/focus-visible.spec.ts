import { expect, test } from "./support/fixtures";

// WCAG 2.2, 2.4.11 (focus not obscured): a control reached by the keyboard is never under the
// sticky header. The page's scroll padding keeps the header's band out of what the browser
// counts as visible, so it scrolls the control below the header.
for (const width of [390, 1440]) {
  test(`a Run button reached by the keyboard mid-lesson is fully visible, ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/lessons/gather/");
    const figures = page.locator("figure[data-example-file]");
    const count = await figures.count();
    expect(count).toBeGreaterThanOrEqual(3);
    const block = figures.nth(Math.floor(count / 2));
    const run = block.locator("button[data-python]");
    const next = block.getByRole("button", { name: "1×" });
    await expect(run).toBeEnabled();
    // Put the toolbar just under the top edge (behind the header), focus the control after Run
    // without scrolling, and go back one with Shift+Tab, as a reader moving up the page would.
    await run.evaluate((button) => {
      const top = button.getBoundingClientRect().top;
      window.scrollBy(0, top - 12);
    });
    await next.evaluate((button: HTMLElement) => button.focus({ preventScroll: true }));
    await page.keyboard.press("Shift+Tab");
    await expect(run).toBeFocused();
    await page.waitForTimeout(300);
    const header = (await page.locator("header").first().boundingBox())!;
    const box = (await run.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
  });
}
