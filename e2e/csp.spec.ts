import type { Page } from "@playwright/test";
import { lessonPath, lessons } from "./support/course";
import { expect, test } from "./support/fixtures";
import { editorIn } from "./support/monaco";

// One pass over the whole site, Python included, on a busy machine.
test.describe.configure({ timeout: 600_000 });

/**
 * Every Content-Security-Policy violation the browser reports, from the page (the
 * `securitypolicyviolation` event, watched before any page script runs) and from the console of
 * the page and its workers (where a blocked worker script or WebAssembly compile is logged).
 */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeBinding("__reportCspViolation", ({ frame }, text: string) => {
    seen.push(`${text} (on ${frame.url()})`);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void })
          .__reportCspViolation;
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        );
      },
      true,
    );
  });
  const fromConsole = (text: string, where: string) => {
    if (/Content[- ]Security[- ]Policy/i.test(text)) seen.push(`console (${where}): ${text}`);
  };
  page.on("console", (message) => fromConsole(message.text(), "page"));
  page.on("worker", (worker) =>
    worker.on("console", (message) => fromConsole(message.text(), worker.url())),
  );
  return seen;
}

/** Scrolls to the end, so parts that load near the viewport (quiz, exercise, editors) load too. */
async function visitWhole(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.headers()["content-security-policy"], `${path}: CSP header`).toContain(
    "frame-ancestors 'none'",
  );
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
  await page.waitForLoadState("networkidle");
}

test("the policy is enforced: an injected inline script is blocked and reported", async ({
  page,
  pageWatch,
}) => {
  pageWatch.allowErrors(/Content Security Policy/);
  const violations = await watchViolations(page);
  await page.goto("/");
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.join("\n")).toContain("script-src-elem blocked inline");
});

test("every page, a run, the editor and search: no CSP violation", async ({ page, pageWatch }) => {
  pageWatch.allowErrors(/404 \(Not Found\) \(http:\/\/[^/]+\/no-such-page\/\)/);
  const violations = await watchViolations(page);
  const pages = ["/", "/lessons/", ...lessons.map(lessonPath), "/playground/"];
  for (const path of pages) {
    await visitWhole(page, path);
    expect(violations, `after ${path}`).toEqual([]);
  }

  // The 404 page: any unknown address gets it, with the same policy.
  const missing = await page.goto("/no-such-page/");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);

  // Python in its worker (WebAssembly) and the Monaco editor (its worker, its styles).
  await page.goto("/lessons/gather/");
  const block = page.locator('figure[data-example-file="gather_fetch.py"]');
  await block.scrollIntoViewIfNeeded();
  const editor = await editorIn(block);
  await editor.locator(".view-lines").click();
  await page.keyboard.press("End");
  await expect(editor.locator(".cursors-layer .cursor").first()).toBeVisible();
  const run = block.getByRole("button", { name: "Run", exact: true });
  await run.click();
  await expect(run).toBeEnabled({ timeout: 120_000 });
  await expect(block.getByRole("log", { name: "Output" })).toContainText("Data 3 fetched");

  // Search: the dialog's code and the index load on demand.
  await page.locator("main h1").click();
  await page.keyboard.press("/");
  const input = page.getByRole("combobox", { name: "Search the lessons" });
  await input.fill("gather");
  await expect(page.getByRole("option").first()).toBeVisible();

  expect(violations).toEqual([]);
});
