import { describe, expect, it } from "vitest";
import { paceFor, paceNote, speedSetting } from "./pace";

describe("replay pace", () => {
  it("shows 1× as the setting until the reader picks a speed, then their pick", () => {
    expect(speedSetting(null)).toBe(1);
    expect(speedSetting(4)).toBe(4);
    expect(speedSetting("instant")).toBe("instant");
  });

  it("replays a long run faster only when the reader chose no speed, and says why", () => {
    expect(paceFor(2, null)).toEqual({ speed: 1, faster: null });
    expect(paceFor(6, null)).toEqual({ speed: 4, faster: { duration: 6 } });
    expect(paceFor(120, null)).toEqual({ speed: "instant", faster: { duration: 120 } });
    expect(paceNote(paceFor(6, null), true)).toBe(
      "Replaying at 4× because the run is long (6.0 s)",
    );
    expect(paceNote(paceFor(6, null), false)).toBe(
      "Replayed at 4× because the run is long (6.0 s)",
    );
    expect(paceNote(paceFor(120, null), true)).toBe(
      "Shown at once because the run is long (2 min)",
    );
  });

  it("keeps the reader's choice for a long run, with nothing to explain", () => {
    expect(paceFor(6, 1)).toEqual({ speed: 1, faster: null });
    expect(paceFor(120, 4)).toEqual({ speed: 4, faster: null });
    expect(paceNote(paceFor(6, 1), true)).toBeNull();
    expect(paceNote(paceFor(1, null), true)).toBeNull();
    expect(paceNote(null, true)).toBeNull();
  });

  it("a long run does not change the setting the next run starts from", () => {
    const chosen = null;
    paceFor(6, chosen);
    expect(speedSetting(chosen)).toBe(1);
  });
});
