import { describe, expect, it } from "vitest";
import {
  REPLAY_SPEEDS,
  catchUp,
  clockNow,
  defaultSpeed,
  isReplayDone,
  replayBudgetMs,
  seekTo,
  skipToEnd,
  startClock,
  visibleCount,
  withEnd,
  withSpeed,
} from "./clock";

// The seed's gather example: three "Fetching" at 0, three "fetched" at 2, the list at 2.
const gatherParts = [0, 0, 0, 2, 2, 2, 2].map((t, i) => ({ t, text: `line ${i}` }));

describe("replay clock", () => {
  it("runs at the chosen speed from its start", () => {
    const clock = startClock(1000, 1);
    expect(clockNow(clock, 1000)).toBe(0);
    expect(clockNow(clock, 1500)).toBeCloseTo(0.5);
    expect(clockNow(startClock(1000, 4), 1500)).toBeCloseTo(2);
    expect(clockNow(startClock(1000, "instant"), 1000)).toBe(Infinity);
  });

  it("never reads before its start or past the run's end", () => {
    const clock = withEnd(startClock(1000, 1), 2);
    expect(clockNow(clock, 900)).toBe(0);
    expect(clockNow(clock, 10_000)).toBe(2);
    expect(clockNow(withEnd(startClock(0, "instant"), 2), 0)).toBe(2);
  });

  it("shows the gather example's first lines at once and the rest after 2 s, not 6", () => {
    const clock = withEnd(startClock(0, 1), 2);
    expect(visibleCount(gatherParts, clockNow(clock, 1))).toBe(3);
    expect(visibleCount(gatherParts, clockNow(clock, 1999))).toBe(3);
    expect(visibleCount(gatherParts, clockNow(clock, 2000))).toBe(7);
    expect(isReplayDone(clock, 1999)).toBe(false);
    expect(isReplayDone(clock, 2000)).toBe(true);
  });

  it("is not done before the result is known, however long it ran", () => {
    expect(isReplayDone(startClock(0, 1), 1e9)).toBe(false);
  });

  it("changes speed without jumping", () => {
    const clock = startClock(0, 1);
    const faster = withSpeed(clock, 4, 1000);
    expect(clockNow(faster, 1000)).toBeCloseTo(1);
    expect(clockNow(faster, 1250)).toBeCloseTo(2);
  });

  it("holds a sought moment, clamped to the run", () => {
    const clock = withEnd(startClock(0, 1), 2);
    const held = seekTo(clock, 1.5, 100);
    expect(clockNow(held, 100)).toBe(1.5);
    expect(clockNow(held, 100_000)).toBe(1.5);
    expect(clockNow(seekTo(clock, 9, 0), 0)).toBe(2);
    expect(clockNow(seekTo(clock, -1, 0), 0)).toBe(0);
  });

  it("skips to the end, also while the run is still going", () => {
    const running = skipToEnd(startClock(0, 1), 10);
    expect(visibleCount(gatherParts, clockNow(running, 10))).toBe(gatherParts.length);
    expect(isReplayDone(withEnd(running, 2), 10)).toBe(true);
  });

  it("counts parts at or before a time", () => {
    expect(visibleCount([], 5)).toBe(0);
    expect(visibleCount(gatherParts, -1)).toBe(0);
    expect(visibleCount(gatherParts, 0)).toBe(3);
    expect(visibleCount(gatherParts, Infinity)).toBe(7);
    // Timestamps are decimal fractions of microseconds: 0.1 + 0.2 must still count as 0.3.
    expect(visibleCount([{ t: 0.3 }], 0.1 + 0.2)).toBe(1);
    // Print order wins over a stray timestamp: nothing is shown out of order.
    expect(visibleCount([{ t: 0 }, { t: 2 }, { t: 1 }], 1.5)).toBe(1);
    expect(visibleCount([{ t: 0 }, { t: 2 }, { t: 1 }], 2)).toBe(3);
  });

  it("defaults long runs to faster speeds", () => {
    expect(defaultSpeed(2)).toBe(1);
    expect(defaultSpeed(5)).toBe(1);
    expect(defaultSpeed(6)).toBe(4);
    expect(defaultSpeed(600)).toBe("instant");
    // Whatever the duration, the default replay takes at most 10 s of wall time.
    for (const duration of [0, 1, 4.9, 5, 5.1, 20, 39, 40, 41, 1000]) {
      expect(replayBudgetMs(duration, defaultSpeed(duration))).toBeLessThanOrEqual(10_000);
    }
  });

  it("never holds a result back longer than duration / speed after it arrives", () => {
    // Results arrive at any moment after the start (fast programs early, CPU-bound ones late);
    // the replay must be done by arrival + duration/speed, and the bound must be tight-ish.
    for (const speed of REPLAY_SPEEDS) {
      for (const duration of [0, 0.5, 2, 6, 30, 600]) {
        for (const arrival of [0, 5, 800, 2000, 10_000, 700_000]) {
          const clock = withEnd(startClock(0, speed), duration);
          const budget = replayBudgetMs(duration, speed);
          const deadline = arrival + budget;
          expect(isReplayDone(clock, deadline), `${speed} ${duration} ${arrival}`).toBe(true);
          if (arrival === 0 && budget > 1) expect(isReplayDone(clock, budget - 1)).toBe(false);
        }
      }
    }
  });

  it("waits for output that arrives late, keeping the program's spacing", () => {
    // The gather example's first lines arrive 340 ms after Run (a busy worker): "fetched" at 2 s
    // must still come 2 s after "Fetching", not 1.66 s.
    const clock = catchUp(startClock(0, 1), 0, 340);
    expect(visibleCount(gatherParts, clockNow(clock, 340))).toBe(3);
    expect(visibleCount(gatherParts, clockNow(clock, 2339))).toBe(3);
    expect(visibleCount(gatherParts, clockNow(clock, 2340))).toBe(7);
    // Output that arrives on time (or early, the usual case) leaves the clock alone...
    const onTime = startClock(0, 1);
    expect(catchUp(onTime, 0.5, 400)).toBe(onTime);
    // A few milliseconds late is not worth a pause (and the clock settles: catching up twice at
    // once changes nothing).
    expect(catchUp(onTime, 0.39, 400)).toBe(onTime);
    const caught = catchUp(onTime, 0, 400);
    expect(catchUp(caught, 0, 401)).toBe(caught);
    // ...and so do a held, finished or instant replay.
    for (const other of [seekTo(onTime, 1, 0), withEnd(onTime, 2), startClock(0, "instant")]) {
      expect(catchUp(other, 0, 5000)).toBe(other);
    }
  });

  it("keeps the result guarantee when it waited for late output", () => {
    for (const late of [0, 300, 1500]) {
      const clock = withEnd(catchUp(startClock(0, 1), 0.2, 200 + late), 2);
      const arrival = 200 + late;
      expect(isReplayDone(clock, arrival + replayBudgetMs(2, 1))).toBe(true);
    }
  });

  it("keeps the guarantee when the speed changes mid-replay", () => {
    const clock = withEnd(startClock(0, 1), 10);
    const faster = withSpeed(clock, 4, 2000); // 2 s shown, 8 s left at 4× = 2 s of wall time
    expect(isReplayDone(faster, 3999)).toBe(false);
    expect(isReplayDone(faster, 4000)).toBe(true);
  });
});
