/** Pressing Stop: the first press, and the presses repeated while Python consumed them. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pressStop, SIGINT } from "./interrupt";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("pressStop", () => {
  it("presses at once and again each time Python consumed the press, until released", () => {
    const buffer = new Int32Array(new SharedArrayBuffer(8));
    const release = pressStop(buffer, SIGINT, 100);
    expect(buffer[0]).toBe(SIGINT);

    vi.advanceTimersByTime(250);
    expect(buffer[0]).toBe(SIGINT); // not consumed yet: still pressed, nothing else written

    buffer[0] = 0; // Python read it
    vi.advanceTimersByTime(100);
    expect(buffer[0]).toBe(SIGINT);

    release();
    buffer[0] = 0;
    vi.advanceTimersByTime(1_000);
    expect(buffer[0]).toBe(0);
    expect(buffer[1]).toBe(0); // the run-id slot is the caller's
  });
});
