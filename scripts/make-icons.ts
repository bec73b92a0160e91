/**
 * Renders the app icons the web app manifest needs (PNG; app/icon.svg is the source) with our
 * Chromium: `npx tsx scripts/make-icons.ts`. The PNGs are committed in public/icons/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";

const svg = readFileSync("app/icon.svg", "utf8");
// Maskable icons are cropped to a circle or squircle by the OS: a full-bleed background, and the
// drawing (the icon's bars, every rect after the background) inside the central 80% safe zone.
const bars = [...svg.matchAll(/<rect x=[^>]*\/>/g)].map((match) => match[0]).join("");
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" fill="#18181b"/><g transform="translate(2.4 2.4) scale(0.8)">${bars}</g></svg>`;

mkdirSync("public/icons", { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
for (const [name, source] of [
  ["icon", svg],
  ["maskable", maskable],
] as const) {
  for (const size of [192, 512]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
    );
    await page.screenshot({ path: `public/icons/${name}-${size}.png`, omitBackground: true });
  }
}
await browser.close();
console.log("public/icons: icon-192/512.png, maskable-192/512.png");
