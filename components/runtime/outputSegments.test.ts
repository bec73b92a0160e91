import { describe, expect, it } from "vitest";
import type { OutputPart } from "@/lib/runtime/trace";
import { segmentText, toSegments } from "./outputSegments";

const part = (stream: OutputPart["stream"], text: string): OutputPart => ({
  stream,
  text,
  t: 0,
  task: null,
});

describe("toSegments", () => {
  it("groups consecutive parts of one stream and keeps each part's index into the output", () => {
    const parts = [
      part("stdout", "a\n"),
      part("stdout", "b\n"),
      part("stderr", "Traceback\n"),
      part("stderr", "Error\n"),
      part("stdout", "c\n"),
    ];
    expect(toSegments(parts)).toEqual([
      { stream: "stdout", start: 0, end: 2 },
      { stream: "stderr", start: 2, end: 4 },
      { stream: "stdout", start: 4, end: 5 },
    ]);
  });

  it("covers every part exactly once, in order, and the texts join back to the whole output", () => {
    const parts = Array.from({ length: 50 }, (_, i) =>
      part(i % 7 < 4 ? "stdout" : "stderr", `line ${i}\n`),
    );
    const segments = toSegments(parts);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(parts.length);
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]!.start).toBe(segments[i - 1]!.end);
      expect(segments[i]!.stream).not.toBe(segments[i - 1]!.stream);
    }
    expect(segments.map((s) => segmentText(parts, s)).join("")).toBe(
      parts.map((p) => p.text).join(""),
    );
  });

  it("has no segments for no output", () => {
    expect(toSegments([])).toEqual([]);
  });
});
