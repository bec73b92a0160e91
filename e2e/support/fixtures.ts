import { test as base, expect, type Locator, type Page } from "@playwright/test";

export interface PageWatch {
  /** Requests to any host but ours (there must be none: nothing loads from a CDN). */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Forgive console errors matching this, for a test that causes one on purpose. */
  allowErrors(pattern: RegExp): void;
}

function watch(page: Page, baseURL: string): PageWatch {
  const origin = new URL(baseURL).origin;
  const allowed: RegExp[] = [];
  const state: PageWatch = {
    foreignRequests: [],
    errors: [],
    allowErrors: (pattern) => allowed.push(pattern),
  };
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== origin) state.foreignRequests.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    state.errors.push(`${message.text()}${where ? ` (${where})` : ""}`);
  });
  page.on("pageerror", (error) => state.errors.push(`uncaught: ${error.message}`));
  return {
    get foreignRequests() {
      return state.foreignRequests;
    },
    get errors() {
      return state.errors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
    },
    allowErrors: state.allowErrors,
  };
}

/**
 * `test` with every page watched: a test fails if any page it opened requested another host or
 * logged a console error.
 */
export const test = base.extend<{ pageWatch: PageWatch }>({
  pageWatch: [
    async ({ page, baseURL }, use) => {
      const watched = watch(page, baseURL ?? "http://127.0.0.1");
      await use(watched);
      expect(watched.foreignRequests, "requests that left our origin").toEqual([]);
      expect(watched.errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Horizontal overflow of the page, in CSS pixels (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * Ticks a checkbox or radio button in a part whose code loads when the reader comes near (quiz,
 * exercise). A click before that code is there is held and replayed once it is, so the box may
 * tick a moment later: Playwright's `check()` verifies at once and would call that a failure.
 */
export async function choose(box: Locator): Promise<void> {
  await box.click();
  await expect(box).toBeChecked();
}

/** Waits until the lazily loaded part holding `scope` is live (keys pressed before are lost). */
export async function partReady(scope: Locator): Promise<void> {
  await expect(scope.locator("xpath=ancestor::div[@data-live]")).toHaveCount(1);
}

/**
 * Holds every request matching `url` from now on (e.g. a lazily loaded part's code, or Python)
 * until the returned function is called.
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Runs the example `file` on the open lesson page and waits until its replay has ended (the
 * playhead rests at the end: no line drawn); returns the example's figure.
 */
export async function runExampleToEnd(page: Page, file: string): Promise<Locator> {
  const example = page.locator(`figure[data-example-file="${file}"]`);
  await example.scrollIntoViewIfNeeded();
  const run = example.getByRole("button", { name: "Run", exact: true });
  await run.click();
  await expect(run).toBeEnabled({ timeout: 90_000 });
  const timeline = example.getByRole("figure", { name: "Timeline" });
  await expect(timeline.getByTestId("timeline-summary")).toBeVisible();
  await expect(timeline.getByTestId("timeline-playhead")).toHaveCount(0, { timeout: 30_000 });
  return example;
}
