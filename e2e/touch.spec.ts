import { expect, partReady, test } from "./support/fixtures";

// A tablet: touch only (taps and drags come as touch events, with the pointer events they make).
test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

test("by touch: a tap on a bar picks its lane and moves the playhead, a drag moves it, the table toggle works", async ({
  page,
}) => {
  // The recorded run's timeline works before Python: no run needed.
  await page.goto("/lessons/gather/");
  const example = page.locator('figure[data-example-file="gather_fetch.py"]');
  const timeline = example.getByRole("figure", { name: "Timeline" });
  // (The recording's part is redrawn by its code once near: scroll to the example, which stays.)
  await example.scrollIntoViewIfNeeded();
  await partReady(timeline);
  await timeline.scrollIntoViewIfNeeded();
  const slider = timeline.getByRole("slider", { name: "Playhead" });
  const now = async () => Number(await slider.getAttribute("aria-valuenow"));
  const total = Number(await slider.getAttribute("aria-valuemax"));
  expect(total).toBeGreaterThan(1.9);

  // A tap on main()'s waiting bar, a quarter of the way in: its lane is picked, the playhead there.
  const lane = timeline.locator('[data-lane="main()"]');
  const bar = lane.locator('[data-state="waiting"]').first();
  const box = (await bar.boundingBox())!;
  const [start, end] = [
    Number(await bar.getAttribute("data-start")),
    Number(await bar.getAttribute("data-end")),
  ];
  await page.touchscreen.tap(box.x + box.width / 4, box.y + box.height / 2);
  await expect(lane.getByRole("button", { pressed: true })).toHaveCount(1);
  await expect.poll(now).toBeCloseTo(start + (end - start) / 4, 1);

  // A finger dragged along the axis: touchstart, moves, touchend (sent as the touchscreen would).
  const axis = timeline.getByTestId("timeline-axis").locator(":scope > div").first();
  const track = (await axis.boundingBox())!;
  const x = (t: number) => track.x + (t / total) * track.width;
  const y = track.y + track.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", at?: number) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: at === undefined ? [] : [{ x: x(at), y }],
    });
  await touch("touchStart", 0.2);
  for (let step = 1; step <= 8; step++) await touch("touchMove", 0.2 + (step / 8) * 1.3);
  await expect.poll(now).toBeCloseTo(1.5, 1);
  await touch("touchEnd");
  await cdp.detach();

  // The table, and back to the chart.
  await timeline.getByRole("button", { name: "Table" }).tap();
  await expect(timeline.getByRole("table")).toBeVisible();
  await timeline.getByRole("button", { name: "Chart" }).tap();
  await expect(slider).toBeVisible();
});
