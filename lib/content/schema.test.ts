import { describe, expect, it } from "vitest";
import { lessonFolderPattern, lessonFrontMatterSchema, SUMMARY_MAX } from "./schema";

describe("lessonFrontMatterSchema", () => {
  const valid = {
    title: "Why async?",
    summary: "What waiting costs, and how async stops paying it.",
  };

  it("accepts a title and a summary", () => {
    expect(lessonFrontMatterSchema.parse(valid)).toEqual(valid);
  });

  it("rejects a missing title", () => {
    const result = lessonFrontMatterSchema.safeParse({ summary: valid.summary });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["title"]);
  });

  it("rejects an empty or blank summary", () => {
    for (const summary of ["", "   "]) {
      const result = lessonFrontMatterSchema.safeParse({ ...valid, summary });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["summary"]);
    }
  });

  it("rejects a summary longer than the limit", () => {
    const long = "x".repeat(SUMMARY_MAX + 1);
    expect(lessonFrontMatterSchema.safeParse({ ...valid, summary: long }).success).toBe(false);
    const atLimit = "x".repeat(SUMMARY_MAX);
    expect(lessonFrontMatterSchema.safeParse({ ...valid, summary: atLimit }).success).toBe(true);
  });

  it("rejects unknown keys", () => {
    const result = lessonFrontMatterSchema.safeParse({ ...valid, tilte: "Typo" });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("tilte");
  });
});

describe("lessonFolderPattern", () => {
  it("splits number and slug", () => {
    expect(lessonFolderPattern.exec("04-gather")?.slice(1)).toEqual(["04", "gather"]);
    expect(lessonFolderPattern.exec("12-tasks-and-timeouts")?.slice(1)).toEqual([
      "12",
      "tasks-and-timeouts",
    ]);
  });

  it("rejects other names", () => {
    for (const name of ["4-gather", "04_gather", "04-Gather", "04-", "04-gather-", "gather"]) {
      expect(lessonFolderPattern.test(name)).toBe(false);
    }
  });
});
