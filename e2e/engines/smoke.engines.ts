/**
 * The cross-engine smoke suite: what a reader does most, in Chromium, Firefox (firefox-esr) and
 * WebKit (WebKitGTK's MiniBrowser, Safari's engine), against the production build in `out/`.
 * Run: `npm run test:engines` (after `npm run build`); ENGINES=webkit,firefox picks engines.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { encodeShareFragment } from "../../lib/share/link";
import { plain, quizQuestion } from "../support/course";
import { ENGINES, launch, missing, waitFor, type EngineName, type EnginePage } from "./drivers";
import {
  exampleFigure,
  mark,
  partLive,
  READY_MS,
  runButton,
  type RunView,
  scrollTo,
  stopButton,
  waitForRun,
} from "./course-page";
import { serveSite, type Site } from "./site";

const chosen = (process.env.ENGINES?.split(",") as EngineName[] | undefined) ?? ENGINES;
const SHOTS = "e2e-artifacts/screenshots/engines";
const SPIN = 'print("spinning")\nwhile True:\n    pass\n';

let site: Site;
/** The same site without the cross-origin isolation headers (started by the test that needs it). */
let unisolated: Site | undefined;
before(async () => {
  site = await serveSite({ port: Number(process.env.ENGINES_SITE_PORT) || undefined });
});
after(async () => {
  await site.close();
  await unisolated?.close();
});

for (const engine of ENGINES) {
  const skip = !chosen.includes(engine) ? "not chosen (ENGINES)" : missing(engine);
  describe(engine, { skip: skip ?? false }, () => {
    let page: EnginePage;
    before(async () => {
      page = await launch(engine);
    });
    after(() => page?.close());

    test("a lesson's example runs: its output, the exact virtual time, the timeline", async () => {
      await page.goto(`${site.origin}/lessons/gather/`);
      const figure = exampleFigure("sequential_fetch.py");
      await scrollTo(page, figure);
      await page.click(runButton(figure));
      const view = await waitForRun(
        page,
        figure,
        "the run to finish and its timeline to be drawn",
        (v) => v.runEnabled && /Finished in/.test(v.status) && v.lanes > 0,
      );
      assert.match(view.output, /Data 3 fetched!/);
      // Three sleep(2) one after another: 6.0 s on the virtual clock, whatever the engine's speed.
      assert.match(view.output, /Sequential: 6\.0 s/);
      assert.match(view.status, /Finished in 6\.0 s/);
      assert.ok(view.lanes >= 1, `a lane for main(), saw ${view.lanes}`);
      await page.screenshot(`${SHOTS}/lesson-${engine}.png`);

      // A phone's width: the finished example fits, nothing scrolls sideways.
      await page.setViewport(390, 844);
      await scrollTo(page, figure);
      const widths = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      assert.ok(
        widths[0]! <= widths[1]!,
        `the page scrolls sideways at 390 px: ${widths.join(" > ")}`,
      );
      await page.screenshot(`${SHOTS}/lesson-${engine}-390.png`);
      await page.setViewport(1280, 900);
    });

    test("a quiz question is answered", async () => {
      const data = quizQuestion("gather-parallel");
      if (data.kind !== "choice") throw new Error("gather-parallel is a choice question");
      const right = data.choices.find((choice) => choice.correct)!;
      const scope = '[data-question="gather-parallel"]';
      await scrollTo(page, scope);
      await partLive(page, scope);
      await page.click(await mark(page, scope, "right-choice", "input", plain(right.text)));
      await page.click(await mark(page, scope, "check", "button", "Check answer"));
      const verdict = await waitFor(
        page,
        "the quiz's verdict",
        30_000,
        (css: string) => document.querySelector(`${css} [role="status"]`)?.textContent ?? "",
        scope,
      );
      assert.match(verdict, /Correct!/);
    });

    test("an exercise's checks run", async () => {
      const scope = "[data-exercise='gather/gather-the-fetches']";
      await scrollTo(page, scope);
      await partLive(page, scope);
      await page.click(await mark(page, scope, "run-checks", "button", "Run checks"));
      const result = await waitFor(
        page,
        "the checks' verdict",
        READY_MS,
        (css: string) =>
          document.querySelector(`${css} [data-checks]`)?.getAttribute("data-checks"),
        scope,
      );
      // The starter is unfinished: its checks fail (and say so).
      assert.equal(result, "failed");
    });

    test("a share link opens in the playground; Stop ends an endless loop, and it runs again", async () => {
      await openSpin(page, site);
      assert.equal(await page.evaluate(() => crossOriginIsolated), true);
      // An isolated page has SharedArrayBuffer in every engine (WebKitGTK through the option
      // `launch` sets, as Safari), so Stop interrupts Python in the same worker.
      assert.equal(await page.evaluate(() => typeof SharedArrayBuffer), "function");
      for (const round of [1, 2]) {
        const view = await spinThenStop(page, round);
        // Stop raised KeyboardInterrupt in the same worker.
        assert.match(view.output, /Stopped after [\d.]+ s: you pressed Stop\./);
        assert.doesNotMatch(view.output, /restarted/);
      }
      // The page's top (the clicks scrolled Run into a short window, as in Firefox's 682 px).
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot(`${SHOTS}/playground-${engine}.png`);
    });

    // Safari on a host that does not send COOP/COEP: no SharedArrayBuffer, so no interrupt.
    if (engine === "webkit")
      test("served without the isolation headers: Stop replaces the worker, and the next run works", async () => {
        unisolated ??= await serveSite({ isolate: false });
        await openSpin(page, unisolated);
        assert.equal(await page.evaluate(() => crossOriginIsolated), false);
        const view = await spinThenStop(page, 1);
        assert.match(view.output, /Stopped\. Python was restarted to end the program\./);
        // The next run, in the worker that took the stopped one's place: one that finishes.
        await page.select("main select", "sequential");
        await page.click(runButton("main"));
        const next = await waitForRun(
          page,
          "main",
          "the next run to finish",
          (v) => v.runEnabled && !v.recorded && /Finished in/.test(v.status),
        );
        assert.doesNotMatch(next.output, /spinning|Stopped/);
        // Exactly the lesson's 6.0 s: no spare worker boots beside a short run any more (it did
        // when the first worker became ready, and stretched this run's glue: 6.1-6.2 s seen).
        assert.match(next.output, /Data 3 fetched!\n.*\nSequential: 6\.0 s/);
      });
  });
}

/** Opens the playground from a share link of SPIN and waits until it can run. */
async function openSpin(page: EnginePage, from: Site): Promise<void> {
  await page.goto(`${from.origin}/playground/${encodeShareFragment(SPIN)}`);
  await waitFor(
    page,
    "the shared program in the editor, Python ready",
    READY_MS,
    // A boolean, not the button: an element does not cross WebDriver BiDi (Firefox) as a value.
    () =>
      Boolean(
        document.querySelector("main .monaco-editor")?.textContent?.includes("spinning") &&
        document.querySelector('main button[data-python="ready"]'),
      ),
  );
}

/** Runs the playground's endless loop until it prints, presses Stop, and returns what shows. */
async function spinThenStop(page: EnginePage, round: number): Promise<RunView> {
  await page.click(runButton("main"));
  await waitForRun(
    page,
    "main",
    `run ${round} to print`,
    (v) => /spinning/.test(v.output) && !/Stopped/.test(v.output) && v.stopEnabled,
  );
  const pressed = Date.now();
  await page.click(stopButton("main"));
  const view = await waitForRun(
    page,
    "main",
    `run ${round} to stop`,
    (v) => v.runEnabled && /Stopped/.test(v.output),
    30_000,
  );
  const took = Date.now() - pressed;
  assert.ok(took < 15_000, `Stop took ${took} ms`);
  console.log(`${page.engine}: Stop ended the loop in ${took} ms (round ${round})`);
  assert.match(view.output, /spinning/);
  return view;
}
