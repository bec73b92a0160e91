/**
 * No lost input in Firefox and WebKit: a Run pressed the moment it is in the page (before the
 * page's script has run) runs, in 10 of 10 fresh loads; and in WebKit, the timeline works by
 * touch. (Chromium: e2e/early-input.spec.ts and e2e/touch.spec.ts.) The page's scripts are held
 * by the server until the press is made, so every load has that window, not a lucky few.
 * Run: `tsx --test e2e/engines/early-input.engines.ts` after `npm run build`; ENGINES picks engines.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { encodeShareFragment } from "../../lib/share/link";
import { serveHeldScripts, type HeldSite } from "../support/held-site";
import { exampleFigure, partLive, scrollTo, waitForRun } from "./course-page";
import {
  ENGINES,
  launch,
  missing,
  tap,
  waitFor,
  type EngineName,
  type EnginePage,
} from "./drivers";

const chosen = (process.env.ENGINES?.split(",") as EngineName[] | undefined) ?? ENGINES;
const LOADS = Number(process.env.EARLY_LOADS) || 10;
/** Python loads from scratch in each fresh browser, WebKit in software rendering. */
const RUN_MS = 120_000;

/** Starts loading `url` and returns at once (not waiting for a load that the held scripts stop). */
async function startLoading(page: EnginePage, url: string): Promise<void> {
  await page.evaluate((href: string) => {
    setTimeout(() => location.assign(href));
    return true;
  }, url);
}

const RUN = "main button[data-python]";

let site: HeldSite;
before(async () => {
  site = await serveHeldScripts();
});
after(() => site.close());

for (const engine of ["firefox", "webkit"] as const) {
  const skip = !chosen.includes(engine) ? "not chosen (ENGINES)" : missing(engine);
  describe(engine, { skip: skip ?? false }, () => {
    let page: EnginePage;
    before(async () => {
      // In WebKit no command may wait for the load event, which a page whose scripts the server
      // holds back never reaches (WebKitWebDriver holds every script call until then).
      page = await launch(engine, { waitForLoad: false });
      await page.goto(`${site.origin}/`);
      // (WebKit's goto returns at once here: a navigation begun before this one ends would be lost.)
      await waitFor(page, "the home page", 60_000, () => document.readyState === "complete");
    });
    after(() => page?.close());

    test(`a Run pressed the moment it is in the page runs, ${LOADS} of ${LOADS} fresh loads (playground, share link)`, async () => {
      const missed: string[] = [];
      for (let load = 1; load <= LOADS; load++) {
        const started = Date.now();
        site.hold();
        // A query makes each load a new document (another fragment alone would not).
        const code = `print("early run ${load}")\n`;
        await startLoading(
          page,
          `${site.origin}/playground/?load=${load}${encodeShareFragment(code)}`,
        );
        await waitFor(
          page,
          `load ${load}'s Run in the static page`,
          30_000,
          (n: number, css: string) =>
            location.search === `?load=${n}` && Boolean(document.querySelector(css)),
          load,
          RUN,
        );
        await page.click(RUN);
        const held = await page.evaluate(
          (css: string) =>
            document.querySelector(css)?.hasAttribute("data-press-held") &&
            document.querySelector(css)?.getAttribute("data-python") !== "ready",
          RUN,
        );
        assert.ok(held, `load ${load}: the press was made before the page's script, and kept`);
        site.release();
        const view = await waitForRun(
          page,
          "main",
          `load ${load}'s run to print`,
          // (Not just any output: the static page shows the first starter's recorded run.)
          (v) => v.output.includes(`early run ${load}`),
          RUN_MS,
        ).catch((error: unknown) => ({ output: String(error) }));
        if (!view.output.includes(`early run ${load}`))
          missed.push(`load ${load}: ${view.output.slice(0, 200)}`);
        console.log(`${engine}: load ${load} ran in ${Date.now() - started} ms`);
      }
      assert.deepEqual(missed, [], "loads whose early Run did not run the shared code");
    });

    if (engine === "webkit") {
      test("by touch: a tap on the timeline's table toggle, and on a bar", async () => {
        site.release();
        await page.goto(`${site.origin}/lessons/gather/`);
        await waitFor(
          page,
          "the lesson",
          60_000,
          () => location.pathname === "/lessons/gather/" && document.readyState === "complete",
        );
        const figure = exampleFigure("gather_fetch.py");
        const timeline = `${figure} figure[data-timeline]`;
        await scrollTo(page, timeline);
        await partLive(page, timeline);
        await tap(page, `${timeline} [data-lane="main()"] [data-state="waiting"]`);
        const picked = await waitFor(
          page,
          "main()'s lane picked by the tap",
          10_000,
          (css: string) =>
            document
              .querySelector(`${css} [data-lane="main()"] button`)
              ?.getAttribute("aria-pressed") === "true",
          timeline,
        );
        assert.ok(picked);
        await tap(page, `${timeline} [role=group][aria-label="Timeline view"] button:last-child`);
        const table = await waitFor(
          page,
          "the table shown by the tap",
          10_000,
          (css: string) => Boolean(document.querySelector(`${css} table`)),
          timeline,
        );
        assert.ok(table);
      });
    }
  });
}
