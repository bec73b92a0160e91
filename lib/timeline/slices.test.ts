import { describe, expect, it } from "vitest";
import { LANES_PER_SLICE, layoutSlices, layoutTimeline } from "./layout";
import { loadFixture } from "./test-fixtures";

/** Drives the generator, counting its pauses. */
function drive(trace: Parameters<typeof layoutSlices>[0]) {
  const slices = layoutSlices(trace);
  let pauses = 0;
  for (;;) {
    const next = slices.next();
    if (next.done) return { pauses, layout: next.value };
    pauses += 1;
  }
}

describe("layoutSlices", () => {
  it("gives the same layout as layoutTimeline, pausing between its phases", () => {
    const { trace } = loadFixture("thousand_tasks");
    const { pauses, layout } = drive(trace);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(layout).toEqual(layoutTimeline(trace));
  });

  it("pauses after every LANES_PER_SLICE lanes of a large run", () => {
    const { trace } = loadFixture("thousand_tasks");
    const copies = Math.ceil((3 * LANES_PER_SLICE) / trace.tasks.length);
    const tasks = Array.from({ length: copies }, (_, k) =>
      trace.tasks.map((t) => ({ ...t, id: t.id + k * trace.tasks.length })),
    ).flat();
    const large = { ...trace, tasks };
    const small = drive(trace).pauses;
    const { pauses, layout } = drive(large);
    expect(pauses - small).toBe(Math.floor(tasks.length / LANES_PER_SLICE));
    expect(layout.lanes.length).toBe(layoutTimeline(large).lanes.length);
  });
});
