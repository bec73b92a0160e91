import { describe, expect, it } from "vitest";
import { formatDuration, formatMoment } from "./format";
import { chooseTicks, tickStep } from "./ticks";

const labels = (total: number, maxTicks?: number) =>
  chooseTicks(total, maxTicks).ticks.map((t) => t.label);

describe("chooseTicks", () => {
  it("picks round steps from a millisecond to ten minutes", () => {
    expect(labels(0.001)).toEqual(["0.0 ms", "0.2 ms", "0.4 ms", "0.6 ms", "0.8 ms", "1.0 ms"]);
    expect(labels(0.25)).toEqual(["0 ms", "50 ms", "100 ms", "150 ms", "200 ms", "250 ms"]);
    expect(labels(2.0084)).toEqual(["0.0 s", "0.5 s", "1.0 s", "1.5 s", "2.0 s"]);
    expect(labels(6.001)).toEqual(["0 s", "1 s", "2 s", "3 s", "4 s", "5 s", "6 s"]);
    expect(labels(45)).toEqual(["0 s", "10 s", "20 s", "30 s", "40 s"]);
    expect(labels(600)).toEqual(["0 min", "2 min", "4 min", "6 min", "8 min", "10 min"]);
  });

  it("never gives more ticks than asked, nor ticks past the end", () => {
    for (const total of [1e-4, 0.003, 0.07, 0.9, 1.3, 3.7, 17, 59, 61, 179, 599, 601, 3000]) {
      for (const maxTicks of [3, 5, 8, 12]) {
        const { ticks, step } = chooseTicks(total, maxTicks);
        expect(ticks.length).toBeLessThanOrEqual(maxTicks);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks[0]!.t).toBe(0);
        expect(ticks[ticks.length - 1]!.t).toBeLessThanOrEqual(total * (1 + 1e-9));
        expect(ticks[ticks.length - 1]!.x).toBeLessThanOrEqual(1 + 1e-9);
        // The next tick would not have fitted, or there would be room for a finer step.
        expect(ticks.length * step).toBeGreaterThan(total);
      }
    }
  });

  it("fewer ticks for narrow views", () => {
    expect(tickStep(2.0084, 3)).toBe(1);
    expect(tickStep(6, 4)).toBe(2);
  });
});

describe("formatDuration and formatMoment", () => {
  it("write durations the way the course does", () => {
    expect(formatDuration(2.00813)).toBe("2.0 s");
    expect(formatDuration(6)).toBe("6.0 s");
    expect(formatDuration(0.25)).toBe("250 ms");
    expect(formatDuration(0.0004)).toBe("0.4 ms");
    expect(formatDuration(90)).toBe("1 min 30 s");
    expect(formatDuration(600)).toBe("10 min");
  });

  it("write moments precisely enough to tell steps apart", () => {
    expect(formatMoment(2.007613, 2.008)).toBe("2.008 s");
    expect(formatMoment(0.0123, 0.05)).toBe("12.30 ms");
    expect(formatMoment(312.25, 600)).toBe("312.3 s");
  });
});
