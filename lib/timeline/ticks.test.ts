import { describe, expect, it } from "vitest";
import { formatDuration, formatMoment } from "./format";
import { chooseTicks, TICK_FONT, TICK_GAP_PX, ticksForWidth, tickStep } from "./ticks";

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

describe("ticksForWidth", () => {
  const WIDTHS = [172, 200, 260, 320, 390, 480, 640, 800, 1000, 1200, 1440];
  const TOTALS = [
    0.001, 0.0123, 0.25, 0.9, 1, 1.5, 2.0084, 6.001, 12.5, 45, 59.9, 100, 179, 600, 3000,
  ];

  /** Label boxes worked out here, from the characters and the alignment alone. */
  const boxes = (ticks: ReturnType<typeof ticksForWidth>["ticks"], width: number) =>
    ticks.map((tick) => {
      const w = tick.label.length * TICK_FONT.charPx;
      const left =
        tick.align === "start"
          ? tick.x * width - 2
          : tick.align === "end"
            ? tick.x * width - 2 - w
            : tick.x * width - w / 2;
      return { left, right: left + w };
    });

  it("keeps labels at least the gap apart, for runs of 1 ms to 50 min on tracks of 172 to 1,440 px", () => {
    for (const total of TOTALS) {
      for (const width of WIDTHS) {
        const { ticks } = ticksForWidth(total, width);
        expect(ticks.length, `${total} s on ${width} px`).toBeGreaterThanOrEqual(2);
        const b = boxes(ticks, width);
        for (let i = 1; i < b.length; i++) {
          expect(b[i]!.left - b[i - 1]!.right, `${total} s on ${width} px`).toBeGreaterThanOrEqual(
            TICK_GAP_PX,
          );
        }
        // Inside the track and its padding (8 px before it, 20 px after).
        expect(b[0]!.left).toBeGreaterThanOrEqual(-8);
        expect(b[b.length - 1]!.right).toBeLessThanOrEqual(width + 20);
      }
    }
  });

  it("uses the room: a wider track gets at least as many ticks, a wide one a good many", () => {
    for (const total of TOTALS) {
      let before = 0;
      for (const width of WIDTHS) {
        const count = ticksForWidth(total, width).ticks.length;
        expect(count, `${total} s on ${width} px`).toBeGreaterThanOrEqual(before);
        before = count;
      }
      expect(ticksForWidth(total, 1200).ticks.length, `${total} s`).toBeGreaterThanOrEqual(6);
    }
  });

  it("picks the finest step that fits: the gap decides between two", () => {
    const labels = (total: number, width: number, gap?: number) =>
      ticksForWidth(total, width, gap).ticks.map((t) => t.label);
    // The gather lesson's 2-second run on a phone's track (172 px), a tablet's, a desktop's.
    expect(labels(2.0084, 172)).toEqual(["0 s", "1 s", "2 s"]);
    expect(labels(2.0084, 320)).toEqual(["0.0 s", "0.5 s", "1.0 s", "1.5 s", "2.0 s"]);
    expect(ticksForWidth(2.0084, 1200).step).toBe(0.2);
    // At 250 px half seconds would leave 14 px between labels: too close at the default gap.
    expect(labels(2.0084, 250)).toEqual(["0 s", "1 s", "2 s"]);
    expect(ticksForWidth(2.0084, 250, 10).step).toBe(0.5);
    expect(labels(12.5, 172)).toEqual(["0 s", "5 s", "10 s"]);
    expect(ticksForWidth(12.5, 1000).step).toBe(1);
    expect(ticksForWidth(100, 1200).step).toBe(10);
  });

  it("aligns the first label to start at 0 and a label at the very end to end there", () => {
    const { ticks } = ticksForWidth(2.0084, 500);
    expect(ticks[0]!.align).toBe("start");
    expect(ticks.at(-1)!.align).toBe("end");
    expect(ticks.slice(1, -1).every((t) => t.align === "middle")).toBe(true);
  });
});
