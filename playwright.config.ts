import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium";

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Screenshot tests come in fours (390/1440 px × light/dark). `npm test` takes two opposite
  // corners of each (390 px light, 1440 px dark) to stay within CI's time budget;
  // `SCREENSHOTS=all npx playwright test` takes all four.
  grepInvert:
    process.env.SCREENSHOTS === "all"
      ? undefined
      : /(screenshots |screenshot: ).*(390 px, dark|dark, 390 px|1440 px, light$|light, 1440 px)/,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    // page.route cannot see what a service worker answers, and most tests hold or count requests:
    // only e2e/offline.spec.ts lets the worker run.
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs out`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
