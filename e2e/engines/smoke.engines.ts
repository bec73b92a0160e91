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
  scrollTo,
  stopButton,
  waitForRun,
} from "./course-page";
import { serveSite, type Site } from "./site";

const chosen = (process.env.ENGINES?.split(",") as EngineName[] | undefined) ?? ENGINES;
const SHOTS = "e2e-artifacts/screenshots/engines";
const SPIN = 'print("spinning")\nwhile True:\n    pass\n';

let site: Site;
before(async () => {
  site = await serveSite({ port: Number(process.env.ENGINES_SITE_PORT) || undefined });
});
after(() => site.close());

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
      await page.goto(`${site.origin}/playground/${encodeShareFragment(SPIN)}`);
      const scope = "main";
      await waitFor(
        page,
        "the shared program in the editor, Python ready",
        READY_MS,
        (css: string) =>
          document.querySelector(`${css} .monaco-editor`)?.textContent?.includes("spinning") &&
          document.querySelector(`${css} button[data-python="ready"]`),
        scope,
      );
      for (const round of [1, 2]) {
        await page.click(runButton(scope));
        await waitForRun(
          page,
          scope,
          `run ${round} to print`,
          (v) => /spinning/.test(v.output) && !/Stopped/.test(v.output) && v.stopEnabled,
        );
        const pressed = Date.now();
        await page.click(stopButton(scope));
        const view = await waitForRun(
          page,
          scope,
          `run ${round} to stop`,
          (v) => v.runEnabled && /Stopped/.test(v.output),
          30_000,
        );
        const took = Date.now() - pressed;
        assert.ok(took < 15_000, `Stop took ${took} ms`);
        console.log(`${engine}: Stop ended the loop in ${took} ms (round ${round})`);
        assert.match(view.output, /spinning/);
      }
      await page.screenshot(`${SHOTS}/playground-${engine}.png`);
    });
  });
}
