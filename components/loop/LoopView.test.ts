/** The "Event loop" region's markup for a run past the loop trace's detail window: the "Large
 * program" note at every position, and the counts of the iteration at the playhead. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunResult } from "@/lib/runtime/trace";
import LoopView from "./LoopView";

// One detailed iteration (main's first step), then one recorded as counts only (30,000 callbacks,
// 29,000 of them timers), as loop_trace.py records a run over its detail window.
const large: RunResult = {
  stdout: "",
  stderr: "",
  output: [],
  error: null,
  limit: null,
  elapsed: 1,
  wallMs: 0,
  trace: {
    version: 1,
    end: 1,
    tasks: [],
    prints: [],
    idle: [],
    loop: {
      iterations: [
        {
          t: 0,
          stepsBefore: 0,
          fired: 0,
          count: 1,
          handles: [{ kind: "callback", label: "tick()", task: null, scheduled: 0 }],
        },
        { t: 1, stepsBefore: 0, fired: 29_000, count: 30_000, handles: [] },
      ],
      timers: [],
      detail: 1,
      detailLimit: 20_000,
      stepTasks: new Int32Array(0),
      stacks: [],
    },
  },
};

const text = (now: number | null, result = large) =>
  renderToStaticMarkup(createElement(LoopView, { result, now, onSeek: () => undefined }))
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'");

// The region reads the viewport width when it is first drawn (it only ever is in a browser).
beforeAll(() => {
  globalThis.window = { matchMedia: () => ({ matches: false }) } as unknown as typeof window;
});
afterAll(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe("LoopView past the detail window", () => {
  it("says the program is large at every position, with what was recorded", () => {
    for (const now of [null, 0]) {
      expect(text(now)).toContain(
        "Large program: the loop ran 30,001 callbacks in 2 iterations. Only the first iteration (1 callback) is recorded one by one, as a run records at most 20,000",
      );
    }
  });

  it("gives the counts of an iteration recorded as counts only", () => {
    // The playhead at 0 s shows the boundary before the counted iteration.
    expect(text(0)).toContain("The next iteration runs 30,000 callbacks, 29,000 of them timers.");
    expect(text(null)).not.toContain("The next iteration runs");
  });

  it("says nothing of the kind for a run recorded in full", () => {
    const small = structuredClone(large);
    small.trace.loop!.iterations.pop();
    small.trace.loop!.detail = null;
    expect(text(null, small)).not.toContain("Large program");
  });
});
