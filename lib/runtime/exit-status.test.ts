import { describe, expect, it } from "vitest";
import { exitStatus } from "./exit-status";

const error = (type: string, message: string) => ({
  type,
  message,
  line: null,
  column: null,
  traceback: "",
});

describe("exitStatus", () => {
  it("gives sys.exit's status, 1 for a message, and null for real errors", () => {
    expect(exitStatus(error("SystemExit", "3"))).toBe("3");
    expect(exitStatus(error("SystemExit", "-2"))).toBe("-2");
    expect(exitStatus(error("SystemExit", "bad input"))).toBe("1");
    expect(exitStatus(error("ValueError", "3"))).toBeNull();
    expect(exitStatus(null)).toBeNull();
  });
});
