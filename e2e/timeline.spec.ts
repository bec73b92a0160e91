import { mkdirSync, readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { lessonUrl } from "./support/course";
import { expect, test } from "./support/fixtures";
import { editorIn, setEditorCode } from "./support/monaco";
import { SCREENS } from "./support/screens";

test.use({ colorScheme: "light", viewport: { width: 1440, height: 900 } });

const SHOTS = "e2e-artifacts/screenshots";

/** Pixels between neighbouring tick labels of each drawn axis in `scope` (hidden axes skipped). */
async function tickGaps(scope: Locator): Promise<{ labels: string[]; gaps: number[] }[]> {
  return scope.getByTestId("timeline-axis").evaluateAll((axes) =>
    axes
      .filter((axis) => axis.getBoundingClientRect().width > 0)
      .map((axis) => {
        const boxes = [...axis.querySelectorAll("span")].map((span) => ({
          text: span.textContent ?? "",
          box: span.getBoundingClientRect(),
        }));
        return {
          labels: boxes.map((b) => b.text),
          gaps: boxes.slice(1).map((b, i) => b.box.left - boxes[i]!.box.right),
        };
      }),
  );
}

/** Tick labels never touch: a few pixels apart at the least (24 by design, 6.2 px a character). */
function expectApart(axes: { labels: string[]; gaps: number[] }[], where: string) {
  expect(axes.length, where).toBeGreaterThan(0);
  for (const { labels, gaps } of axes) {
    expect(labels.length, `${where}: ${labels.join(" ")}`).toBeGreaterThanOrEqual(2);
    for (const gap of gaps) expect(gap, `${where}: ${labels.join(" ")}`).toBeGreaterThanOrEqual(8);
  }
}

// Virtual time counts what Python code really takes (waiting costs nothing): on a busy machine a
// run of the 2 s gather example can end at 2.05 s and read "2.1 s". The checks allow that much,
// which still tells 2 s of overlapping waits from 6 s of sequential ones.

/**
 * Opens the lesson, runs one of its examples twice and waits for the second run's timeline. Virtual
 * time includes the time Python code really takes, and the first run in a page also imports
 * asyncio: its steps are slower than a reader's later runs, and than what the tests check.
 */
async function runExample(page: Page, dir: string, file: string) {
  await page.goto(lessonUrl(dir));
  const example = page.locator(`figure[data-example-file="${file}"]`);
  await example.scrollIntoViewIfNeeded();
  const run = example.getByRole("button", { name: "Run", exact: true });
  const timeline = example.getByRole("figure", { name: "Timeline" });
  const summary = timeline.getByTestId("timeline-summary");
  await run.click();
  await expect(summary).toBeVisible({ timeout: 90_000 });
  // The timeline is redrawn for the new run: wait for a summary that is not the first one.
  await summary.evaluate((el) => el.setAttribute("data-first-run", ""));
  await run.click();
  await expect(
    timeline.locator("[data-testid=timeline-summary]:not([data-first-run])"),
  ).toBeVisible({ timeout: 30_000 });
  // Let the output replay finish: the playhead then rests at the end (no line drawn).
  await expect(timeline.getByTestId("timeline-playhead")).toHaveCount(0, { timeout: 30_000 });
  await timeline.scrollIntoViewIfNeeded();
  return { example, timeline };
}

interface DrawnSegment {
  state: string;
  start: number;
  end: number;
  left: number;
  right: number;
}

/** Every lane of the chart with its drawn segments: times from the model, pixels from the page. */
async function drawnLanes(timeline: Locator) {
  return timeline.locator("[data-lane]").evaluateAll((lanes) =>
    lanes.map((lane) => ({
      label: lane.getAttribute("data-lane") ?? "",
      segments: [...lane.querySelectorAll<HTMLElement>("[data-state][data-start]")].map((el) => {
        const box = el.getBoundingClientRect();
        return {
          state: el.dataset.state ?? "",
          start: Number(el.dataset.start),
          end: Number(el.dataset.end),
          left: box.left,
          right: box.right,
        };
      }),
    })),
  );
}

const only = (segments: DrawnSegment[], state: string) => segments.filter((s) => s.state === state);

/** The text of the editor line that carries the timeline's highlight, or null. */
async function highlightedLine(example: Locator): Promise<string | null> {
  return example.evaluate((root) => {
    const mark = root.querySelector(".editor-focus-line");
    if (!mark) return null;
    const top = mark.getBoundingClientRect().top;
    const line = [...root.querySelectorAll(".view-line")].find(
      (l) => Math.abs(l.getBoundingClientRect().top - top) < 3,
    );
    return line?.textContent?.replaceAll("\u00a0", " ").trim() ?? null;
  });
}

test.describe("the timeline beside an example's output", () => {
  test("gather: four lanes whose waits overlap, 2.0 s in all; the table lists the same segments", async ({
    page,
  }) => {
    const { timeline } = await runExample(page, "04-gather", "gather_fetch.py");
    await expect(timeline.getByTestId("timeline-summary")).toHaveText(
      /^4 tasks; finished in 2\.[01] s; 3 tasks ran concurrently$/,
    );

    const lanes = await drawnLanes(timeline);
    expect(lanes.map((l) => l.label)).toEqual([
      "main()",
      "fetch_data(1)",
      "fetch_data(2)",
      "fetch_data(3)",
    ]);
    const waits = lanes.slice(1).map((l) => only(l.segments, "waiting"));
    for (const w of waits) {
      expect(w).toHaveLength(1);
      expect(Math.abs(w[0]!.end - w[0]!.start - 2)).toBeLessThan(0.1);
    }
    // Drawn on top of one another: each wait starts before any of them ends.
    const lefts = waits.map((w) => w[0]!.left);
    const rights = waits.map((w) => w[0]!.right);
    expect(Math.max(...lefts)).toBeLessThan(Math.min(...rights) - 100);

    // Hovering a print marker shows what was printed.
    await timeline.locator('[data-lane="fetch_data(2)"] [data-print]').first().hover();
    await expect(page.getByRole("tooltip")).toContainText("Fetching data 2...");

    await timeline.getByRole("button", { name: "Table", exact: true }).click();
    const table = timeline.getByRole("table", { name: "Timeline" });
    await expect(table).toBeVisible();
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
      );
    const names: Record<string, string> = {
      running: "running",
      waiting: "waiting",
      ready: "ready, not running",
    };
    const expected = lanes.flatMap((lane) =>
      lane.segments.map((s) => [
        lane.label,
        names[s.state],
        `${s.start.toFixed(3)} s`,
        `${s.end.toFixed(3)} s`,
      ]),
    );
    expect(rows.filter((r) => r[1] !== "ended").map((r) => r.slice(0, 4))).toEqual(expected);
    expect(
      rows.filter((r) => r[1] === "waiting" && r[4] === "sleep(2)").map((r) => [r[0], r[5]]),
    ).toEqual([
      ["fetch_data(1)", "5"],
      ["fetch_data(2)", "5"],
      ["fetch_data(3)", "5"],
    ]);
  });

  test("sequential awaits: the waits come one after another, 6.0 s in all", async ({ page }) => {
    const { timeline } = await runExample(page, "04-gather", "sequential_fetch.py");
    await expect(timeline.getByTestId("timeline-summary")).toHaveText(
      /^1 task; finished in 6\.[01] s; one task ran at a time$/,
    );
    const [main] = await drawnLanes(timeline);
    expect(main!.label).toBe("main()");
    const waits = only(main!.segments, "waiting");
    expect(waits).toHaveLength(3);
    waits.forEach((w, i) => {
      expect(Math.abs(w.start - 2 * i)).toBeLessThan(0.1);
      expect(Math.abs(w.end - w.start - 2)).toBeLessThan(0.1);
      if (i > 0) expect(w.left).toBeGreaterThanOrEqual(waits[i - 1]!.right - 1);
    });
  });

  test("a script without tasks: the top-level lane draws its time.sleep(2) calls end to end", async ({
    page,
  }) => {
    const { timeline } = await runExample(page, "01-why-async", "sync_downloads.py");
    await expect(timeline.getByTestId("timeline-summary")).toHaveText(
      /^no tasks: the code ran top to bottom, one thing at a time; finished in 6\.[01] s; 6\.0 s of it blocked in time\.sleep$/,
    );
    const lanes = await drawnLanes(timeline);
    expect(lanes.map((l) => l.label)).toEqual(["top level"]);
    const blocked = only(lanes[0]!.segments, "blocked");
    expect(blocked).toHaveLength(3);
    blocked.forEach((b, i) => {
      expect(Math.abs(b.start - 2 * i)).toBeLessThan(0.1);
      expect(Math.abs(b.end - b.start - 2)).toBeLessThan(0.01);
      expect(b.right - b.left).toBeGreaterThan(100);
      if (i > 0) expect(b.left).toBeGreaterThanOrEqual(blocked[i - 1]!.right - 1);
    });
    // The computing between the sleeps is too short to cost virtual time (the engine's clock rule):
    // the three blocked bars fill the whole run.
    expect(blocked[2]!.end).toBeCloseTo(6, 1);
    const bar = timeline.locator('[data-lane="top level"] [data-state="blocked"]').first();
    await expect(bar).toHaveText("blocked: time.sleep(2)");
    await expect(bar).toHaveAttribute("title", /blocked in time\.sleep\(2\).*line 6/);
  });

  test("blocking time.sleep: the other tasks show ready-but-not-running time", async ({ page }) => {
    const { timeline } = await runExample(page, "06-when-to-use", "blocking_sleep.py");
    await expect(timeline.getByTestId("timeline-summary")).toContainText(
      /finished in 3\.[01] s; one task ran at a time; for 2\.[01] s a task was ready but not running; the event loop was blocked in time\.sleep for 3\.0 s$/,
    );
    const lanes = await drawnLanes(timeline);
    // Each job's step is a second blocked in time.sleep(1), one after the other.
    for (const label of ["job('A')", "job('B')", "job('C')"]) {
      const blocked = only(lanes.find((l) => l.label === label)!.segments, "blocked");
      expect(blocked).toHaveLength(1);
      expect(Math.abs(blocked[0]!.end - blocked[0]!.start - 1)).toBeLessThan(0.01);
    }
    const ready = (label: string) => only(lanes.find((l) => l.label === label)!.segments, "ready");
    expect(ready("job('A')")).toHaveLength(0);
    for (const [label, seconds] of [
      ["job('B')", 1],
      ["job('C')", 2],
    ] as const) {
      const spans = ready(label);
      expect(spans).toHaveLength(1);
      expect(Math.abs(spans[0]!.end - spans[0]!.start - seconds)).toBeLessThan(0.1);
      expect(spans[0]!.right - spans[0]!.left).toBeGreaterThan(100);
    }
  });

  test("dragging the playhead highlights the line each task stands on", async ({ page }) => {
    const { example, timeline } = await runExample(page, "04-gather", "gather_fetch.py");
    await editorIn(example);
    const slider = timeline.getByRole("slider", { name: "Playhead" });
    const total = Number(await slider.getAttribute("aria-valuemax"));
    expect(total).toBeGreaterThan(1.9);

    const track = timeline.getByTestId("timeline-axis").locator(":scope > div").first();
    const box = (await track.boundingBox())!;
    const x = (t: number) => box.x + (t / total) * box.width;
    const y = box.y + box.height / 2;
    await page.mouse.move(x(0.2), y);
    await page.mouse.down();
    await page.mouse.move(x(1.0), y, { steps: 8 });
    await page.mouse.up();

    await expect
      .poll(async () => Number(await slider.getAttribute("aria-valuenow")))
      .toBeCloseTo(1.0, 1);
    // At 1 s every fetch waits on its sleep, and main on the gather.
    await expect(timeline.locator('[data-lane="fetch_data(1)"] [data-lane-state]')).toHaveText(
      "waits sleep(2) · line 5",
    );
    await expect(timeline.locator('[data-lane="main()"] [data-lane-state]')).toHaveText(
      "waits gather(3) · line 11",
    );
    await expect.poll(() => highlightedLine(example)).toBe("await asyncio.sleep(2)");

    // Clicking main's bar picks its lane: its line is the one highlighted.
    await timeline.locator('[data-lane="main()"] [data-state="waiting"]').click();
    await expect
      .poll(() => highlightedLine(example))
      .toBe("results = await asyncio.gather(fetch_data(1), fetch_data(2), fetch_data(3))");

    // The keyboard moves the playhead too.
    await slider.focus();
    await page.keyboard.press("End");
    await expect
      .poll(async () => Number(await slider.getAttribute("aria-valuenow")))
      // The replay clock stops at the program's end, a hair before the trace's (clean-up).
      .toBeGreaterThan(total - 0.05);
  });

  test("a print is highlighted in the output and on the timeline, whichever is hovered", async ({
    page,
  }) => {
    const { example, timeline } = await runExample(page, "04-gather", "gather_fetch.py");
    const output = example.getByRole("log", { name: "Output" });
    const line = (text: string) =>
      output.locator("[data-part]").filter({ hasText: new RegExp(`^${text}\\s*$`) });
    const markers = timeline.locator('[data-lane="fetch_data(2)"] [data-print]');
    await expect(markers).toHaveCount(2);
    // The pointer rests where Run was clicked; the page has scrolled since, so move it off both.
    await page.mouse.move(1, 1);
    await expect(timeline.locator('[data-print][data-highlighted="true"]')).toHaveCount(0);

    // Output → timeline: the marker of that very print (same index into the run's output) lights up.
    const fetched = line("Data 2 fetched!");
    await fetched.hover();
    const index = await fetched.getAttribute("data-part");
    expect(index).not.toBeNull();
    const lit = timeline.locator('[data-print][data-highlighted="true"]');
    await expect(lit).toHaveCount(1);
    await expect(lit).toHaveAttribute("data-print", index!);
    await expect(markers.last()).toHaveAttribute("data-highlighted", "true");
    await expect(markers.first()).not.toHaveAttribute("data-highlighted", "true");

    // Leaving the output clears it.
    await page.mouse.move(1, 1);
    await expect(lit).toHaveCount(0);

    // Timeline → output: hovering fetch_data(2)'s first marker lights its line, and only that one.
    await markers.first().hover();
    await expect(line("Fetching data 2...")).toHaveAttribute("data-highlighted", "true");
    await expect(output.locator('[data-part][data-highlighted="true"]')).toHaveCount(1);
    await expect(fetched).not.toHaveAttribute("data-highlighted", "true");
    await page.mouse.move(1, 1);
    await expect(output.locator('[data-part][data-highlighted="true"]')).toHaveCount(0);
  });

  test("compare: a pinned run is drawn on the same time axis as the new one", async ({ page }) => {
    const { example, timeline } = await runExample(page, "04-gather", "gather_fetch.py");
    await example.getByRole("button", { name: "Pin this run to compare" }).click();
    const sequential = readFileSync("content/lessons/04-gather/sequential_fetch.py", "utf8");
    await setEditorCode(page, example, sequential);
    await example.getByRole("button", { name: "Run", exact: true }).click();
    await expect(timeline.getByText(/^Pinned run · 4 tasks; finished in 2\.[01] s/)).toBeVisible({
      timeout: 30_000,
    });
    await expect(timeline.getByText(/^This run · 1 task; finished in 6\.[01] s/)).toBeVisible();
    await expect(timeline.getByRole("slider", { name: "Playhead" })).toHaveAttribute(
      "aria-valuemax",
      /^6(\.\d+)?$/,
    );
    // On the shared 6 s axis the pinned gather's wait ends a third of the way along.
    const lanes = await drawnLanes(timeline);
    const now = lanes.find((l) => l.label === "main()")!;
    const pinned = lanes.filter((l) => l.label === "main()")[1]!;
    const axisStart = only(now.segments, "waiting")[0]!.left;
    const axisEnd = only(now.segments, "waiting")[2]!.right;
    const gatherEnd = only(pinned.segments, "waiting")[0]!.right;
    expect((gatherEnd - axisStart) / (axisEnd - axisStart)).toBeCloseTo(1 / 3, 1);
  });

  test("a run the reader stopped says 'stopped by you', in the chart, the table and the status", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.goto(lessonUrl("04-gather"));
    const example = page.locator('figure[data-example-file="gather_fetch.py"]');
    await example.scrollIntoViewIfNeeded();
    await setEditorCode(
      page,
      example,
      'import asyncio\n\nasync def main():\n    print("spinning")\n    while True:\n        pass\n\nasyncio.run(main())\n',
    );
    await example.getByRole("button", { name: "Run", exact: true }).click();
    const output = example.getByRole("log", { name: "Output" });
    await expect(output).toContainText("spinning", { timeout: 90_000 });
    await example.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(example.getByRole("button", { name: "Run", exact: true })).toBeEnabled({
      timeout: 30_000,
    });

    const timeline = example.getByRole("figure", { name: "Timeline" });
    await expect(timeline.getByTestId("timeline-summary")).toHaveText(
      /^1 task; stopped by you after \d/,
    );
    await expect(timeline).toHaveAccessibleDescription(/stopped by you/);
    const main = timeline.locator('[data-lane="main()"]');
    await expect(main.locator("[data-lane-state]")).toHaveText("■ stopped by you");
    await expect(main.getByRole("button")).toHaveAccessibleName(/stopped by you/);
    await expect(example.getByRole("status")).toHaveText("Stopped by you.");
    await expect(timeline).not.toContainText(/raised Stopped|Stopped\b/);

    await timeline.getByRole("button", { name: "Table", exact: true }).click();
    // main()'s last row (the top level's own row ends the run too).
    const ending = timeline
      .getByRole("table", { name: "Timeline" })
      .locator("tbody tr", { hasText: "ended" })
      .filter({ hasText: "main()" });
    await expect(ending).toHaveCount(1);
    await expect(ending.locator("td").nth(4)).toHaveText("stopped by you");
    // The top level (its lane holds the "[stopped: ...]" note) was stopped too, not "finished".
    const topRow = timeline
      .getByRole("table", { name: "Timeline" })
      .locator("tbody tr", { hasText: "ended" })
      .filter({ hasText: "top level" });
    await expect(topRow.locator("td").nth(4)).toHaveText("stopped by you");
    await timeline.getByRole("button", { name: "Chart", exact: true }).click();
    const top = timeline.locator('[data-lane="top level"]');
    await expect(top.locator("[data-lane-state]")).toHaveText("■ stopped by you");
    await expect(top.getByRole("button")).toHaveAccessibleName(/stopped by you/);
    await expect(timeline).not.toContainText(/finished|the program ended/);
    mkdirSync(SHOTS, { recursive: true });
    await timeline.screenshot({ path: `${SHOTS}/timeline-stopped-1440-light.png` });
  });

  test("clicking the chart where no lane is (the rows naming each run) moves the playhead there", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const { example, timeline } = await runExample(page, "04-gather", "gather_fetch.py");
    await example.getByRole("button", { name: "Pin this run to compare" }).click();
    await example.getByRole("button", { name: "Run", exact: true }).click();
    const header = timeline.getByText(/^Pinned run · /);
    await expect(header).toBeVisible({ timeout: 30_000 });
    await expect(example.getByRole("button", { name: "Run", exact: true })).toBeEnabled({
      timeout: 30_000,
    });
    const slider = timeline.getByRole("slider", { name: "Playhead" });
    const total = Number(await slider.getAttribute("aria-valuemax"));
    const axis = timeline.getByTestId("timeline-axis").locator(":scope > div").first();
    /** Clicks `where` at a fraction of the time axis; the playhead must go to that moment. */
    const clickAt = async (where: Locator, fraction: number, dy = 0.5) => {
      await where.scrollIntoViewIfNeeded();
      const track = (await axis.boundingBox())!;
      const row = (await where.boundingBox())!;
      await page.mouse.click(track.x + fraction * track.width, row.y + dy * row.height);
      await expect
        .poll(async () => Number(await slider.getAttribute("aria-valuenow")) / total)
        .toBeCloseTo(fraction, 1);
    };
    await clickAt(header, 0.25);
    await expect(timeline.getByTestId("timeline-playhead")).toBeVisible();
    await expect(timeline.getByTestId("timeline-status")).toHaveText(/^At /);
    // The row above the current run's lanes too, and an empty stretch of a lane, like a bar.
    await clickAt(timeline.getByText(/^This run · /), 0.75);
    await clickAt(timeline.locator('[data-lane="main()"]').first(), 0.98, 0.1);
  });

  for (const [theme, width] of SCREENS) {
    test(`screenshot: ${theme}, ${width} px`, async ({ page }) => {
      // Three examples, each run twice: more than the default minute on a busy machine.
      test.slow();
      await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
      await page.emulateMedia({ colorScheme: theme });
      for (const [dir, file, name] of [
        ["04-gather", "gather_fetch.py", "gather"],
        ["06-when-to-use", "blocking_sleep.py", "blocking"],
        ["01-why-async", "sync_downloads.py", "sync"],
      ] as const) {
        const { timeline } = await runExample(page, dir, file);
        // The timeline fits its column, on a phone too: the whole run is in view without
        // scrolling sideways, from the first tick to the end of the run.
        const box = (await timeline.boundingBox())!;
        expect(box.width).toBeLessThanOrEqual(width);
        const chart = timeline.getByRole("group", { name: "Timeline chart" });
        const sideways = await chart.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(sideways).toBe(0);
        const chartBox = (await chart.boundingBox())!;
        const ticks = await chart.getByTestId("timeline-axis").locator("span").all();
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        for (const tick of ticks) {
          const tickBox = (await tick.boundingBox())!;
          expect(tickBox.x).toBeGreaterThanOrEqual(chartBox.x);
          expect(tickBox.x + tickBox.width).toBeLessThanOrEqual(chartBox.x + chartBox.width);
        }
        if (name === "gather") await expect(ticks.at(-1)!).toHaveText(/^2(\.0)? s$/);
        expectApart(await tickGaps(chart), `${name} at ${width} px`);
        const label = timeline.locator(
          `[data-lane="${name === "sync" ? "top level" : "main()"}"] button`,
        );
        await expect(label).toBeInViewport({ ratio: 1 });
        const labelBox = (await label.boundingBox())!;
        expect(labelBox.x).toBeGreaterThanOrEqual(box.x);
        mkdirSync(SHOTS, { recursive: true });
        await timeline.screenshot({ path: `${SHOTS}/timeline-${name}-${width}-${theme}.png` });
      }
    });
  }
});

test.describe("tick labels of recorded runs, before and after the page's script", () => {
  for (const [theme, width] of SCREENS) {
    test(`screenshot: tick labels apart, ${theme}, ${width} px`, async ({ browser, page }) => {
      const viewport = { width, height: width < 500 ? 844 : 900 };
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      for (const dir of ["04-gather", "09-timeouts-and-cancellation"]) {
        // The server's HTML, as a reader sees it before the script runs: drawn for a phone's track.
        const plain = await browser.newContext({ viewport, javaScriptEnabled: false });
        const before = await plain.newPage();
        await before.goto(lessonUrl(dir));
        expectApart(await tickGaps(before.locator("body")), `${dir} at ${width} px, no script`);
        await plain.close();

        await page.goto(lessonUrl(dir));
        // The first recorded timeline, once near the view: measured and redrawn for its width.
        const first = page.getByRole("figure", { name: "Timeline" }).first();
        // Hydrating near the view swaps the server's element for the live one: scroll again then.
        await expect(async () => {
          await first.scrollIntoViewIfNeeded({ timeout: 2_000 });
          await expect(first.locator("[data-measured]")).toBeVisible({ timeout: 2_000 });
        }).toPass();
        expectApart(await tickGaps(first), `${dir} at ${width} px`);
        mkdirSync(SHOTS, { recursive: true });
        await first.screenshot({
          path: `${SHOTS}/timeline-ticks-${dir.slice(3)}-${width}-${theme}.png`,
        });
      }
    });
  }
});

test.describe("lane labels on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("a cut task name opens in full on focus, on tap and on hover", async ({ page }) => {
    test.setTimeout(150_000);
    const { timeline } = await runExample(page, "04-gather", "gather_result_order.py");
    const label = timeline.locator('[data-lane="fetch_data(1, 3)"] button');
    const name = label.locator("span", { hasText: /^fetch_data\(1, 3\)$/ }).last();
    // The column cuts the name at this width (what the reader saw: "fetch_data(1, …").
    expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // Screen readers get the whole name from the button, whatever is cut on screen.
    await expect(label).toHaveAccessibleName(/^fetch_data\(1, 3\) /);
    mkdirSync(SHOTS, { recursive: true });
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await timeline.screenshot({ path: `${SHOTS}/lane-labels-390-${theme}-cut.png` });
    }
    await page.emulateMedia({ colorScheme: "light" });

    const full = timeline.getByTestId("lane-label-full");
    const fullyShown = async () => {
      await expect(full).toHaveCount(1);
      await expect(full).toBeVisible();
      await expect(full.locator("span").first()).toHaveText("fetch_data(1, 3)");
      const chart = (await timeline.getByRole("group", { name: "Timeline chart" }).boundingBox())!;
      const box = (await full.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(chart.x);
      expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
      expect(await full.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    };

    // Keyboard: focus shows it, Escape hides it.
    await timeline.getByRole("button", { name: "Chart", exact: true }).focus();
    for (let presses = 0; presses < 12; presses += 1) {
      await page.keyboard.press("Tab");
      if (await label.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(label).toBeFocused();
    await fullyShown();
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await timeline.screenshot({ path: `${SHOTS}/lane-labels-390-${theme}-open.png` });
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.keyboard.press("Escape");
    await expect(full).toHaveCount(0);

    // Touch: a tap shows it (and picks the lane, as before); a tap elsewhere hides it.
    await label.blur();
    await label.tap();
    await fullyShown();
    await expect(label).toHaveAttribute("aria-pressed", "true");
    await timeline.getByTestId("timeline-summary").tap();
    await expect(full).toHaveCount(0);

    // Mouse: hovering shows it, moving away hides it.
    await label.hover();
    await fullyShown();
    await page.mouse.move(1, 1);
    await expect(full).toHaveCount(0);
  });
});
