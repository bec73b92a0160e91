/** After one visit the course works with the network off (the service worker, lib/offline/sw.ts). */
import { quizQuestion } from "./support/course";
import { choose, expect, test } from "./support/fixtures";

test.describe.configure({ timeout: 240_000 });
// Every other spec blocks service workers (playwright.config.ts): page.route cannot see what a
// service worker answers. This one is about the worker.
test.use({ serviceWorkers: "allow" });

test("after one visit, lessons open, run and check quizzes offline", async ({
  page,
  context,
  pageWatch,
}) => {
  await page.goto("/lessons/gather/");
  // Registered a few seconds after load, then every file is precached before it activates.
  await expect(page.locator("html")).toHaveAttribute("data-offline", "ready", { timeout: 180_000 });

  await context.setOffline(true);
  await page.reload();
  const first = page.locator("figure[data-example-file]").first();
  await first.getByRole("button", { name: "Run", exact: true }).click();
  await expect(first.getByRole("log", { name: "Output" })).toContainText("fetched", {
    timeout: 120_000,
  });

  // A lesson never opened before opens too, and its quiz runs its program.
  await page.goto("/lessons/why-async/");
  const data = quizQuestion("why-async-three-downloads");
  if (data.kind !== "duration") throw new Error("why-async-three-downloads is a duration question");
  const q = page.locator('[data-question="why-async-three-downloads"]');
  await choose(q.getByLabel("3 s"));
  await q.getByRole("button", { name: "Run it and check" }).click();
  await expect(q.getByRole("status")).toContainText("Correct!", { timeout: 120_000 });
  // Still offline: a file the worker never cached cannot be fetched.
  pageWatch.allowErrors(/ERR_INTERNET_DISCONNECTED .*\/not-cached-/);
  const reached = await page.evaluate(() =>
    fetch(`/not-cached-${Date.now()}`).then(
      () => true,
      () => false,
    ),
  );
  expect(reached).toBe(false);
});

test("the preview server sends what a good static host sends", async ({ request }) => {
  const html = await request.get("/lessons/gather/", { headers: { "Accept-Encoding": "br" } });
  expect(html.headers()["content-encoding"]).toBe("br");
  expect(html.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect(html.headers()["cross-origin-opener-policy"]).toBe("same-origin");
  expect(html.headers()["cross-origin-embedder-policy"]).toBe("require-corp");
  const body = await html.text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(body)?.[1];
  expect(script).toBeTruthy();
  const js = await request.get(script!, { headers: { "Accept-Encoding": "gzip" } });
  expect(js.headers()["content-encoding"]).toBe("gzip");
  expect(js.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.ok()).toBe(true);
  expect((await manifest.json()) as { icons: unknown[] }).toMatchObject({
    short_name: "asyncio, live",
  });
  expect((await request.get("/icons/icon-512.png")).ok()).toBe(true);
  expect((await request.get("/sw.js")).ok()).toBe(true);
});
