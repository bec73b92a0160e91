/** Later visits restore Python from a snapshot made in this browser (lib/runtime/snapshot.ts). */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

test.describe.configure({ timeout: 240_000 });
const READY = 120_000;
const CACHE = "asyncio-live-python-snapshot";

async function runFirstExample(page: Page) {
  const first = page.locator("figure[data-example-file]").first();
  await first.getByRole("button", { name: "Run", exact: true }).click();
  // The recorded run shows the same output from the first paint: wait for Python itself.
  await expect(page.locator("html")).toHaveAttribute("data-python-start", /^(download|snapshot)$/, {
    timeout: READY,
  });
  await expect(first.getByRole("log", { name: "Output" })).toContainText("fetched", {
    timeout: READY,
  });
}

/** Bytes of each stored snapshot. */
const storedSizes = (page: Page) =>
  page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return Promise.all(
      (await cache.keys()).map(
        async (key) => (await (await cache.match(key))!.arrayBuffer()).byteLength,
      ),
    );
  }, CACHE);

test("the second visit restores Python from a snapshot; a damaged one falls back", async ({
  page,
}) => {
  const html = page.locator("html");
  await page.goto("/lessons/gather/");
  await runFirstExample(page);
  await expect(html).toHaveAttribute("data-python-start", "download");
  // Saved in the background once Python was ready: tens of MB of WebAssembly memory.
  await expect.poll(() => storedSizes(page), { timeout: 60_000 }).toEqual([expect.any(Number)]);
  expect((await storedSizes(page))[0]).toBeGreaterThan(10_000_000);

  await page.reload();
  await runFirstExample(page);
  await expect(html).toHaveAttribute("data-python-start", "snapshot");

  // Damage the stored snapshot: the next visit starts the usual way, and works.
  await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    const [key] = await cache.keys();
    await cache.put(key!, new Response(new Uint8Array(1_000)));
  }, CACHE);
  await page.reload();
  await runFirstExample(page);
  await expect(html).toHaveAttribute("data-python-start", "download");
  // ... and the damaged entry was replaced by a good one.
  await expect
    .poll(async () => (await storedSizes(page))[0] ?? 0, { timeout: 60_000 })
    .toBeGreaterThan(10_000_000);
});
