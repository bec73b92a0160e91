import { describe, expect, it } from "vitest";
import { laneStateAt, layoutTimeline } from "@/lib/timeline";
import { endsAtLastInstant } from "@/lib/timeline/test-fixtures";
import { describeState } from "./describe";

describe("a lane's label when the replay rests at the run's end", () => {
  const layout = layoutTimeline(endsAtLastInstant());
  const label = (i: number) => describeState(layout.lanes[i]!, laneStateAt(layout.lanes[i]!, 1));

  it("says how each task ended, not 'runs · line N'", () => {
    expect(label(0)).toBe("✓ returned None");
    expect(label(1)).toBe("⊘ cancelled");
    expect(label(2)).toBe("✓ returned None");
  });
});
