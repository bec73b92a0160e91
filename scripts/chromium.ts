/**
 * How our Chromium is launched, shared by playwright.config.ts and the benchmarks. Our machines
 * cannot download Playwright's browsers: Debian's Chromium is used when it is there (or
 * CHROMIUM_PATH), Playwright's own browser otherwise (a developer machine that has one).
 */
import { existsSync } from "node:fs";

const debianChromium = "/usr/bin/chromium";

export const chromiumLaunchOptions = {
  executablePath:
    process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined),
  // Without the background-networking flags Chromium's own requests hit the closed network.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
