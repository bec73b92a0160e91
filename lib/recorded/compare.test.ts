/** What counts as varying, and what the drift check lets through: on a real recording, no engine. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LESSONS_ROOT } from "@/lib/content/lessons";
import type { RunResultWire } from "@/lib/runtime/trace";
import { agrees, drift, variation } from "./compare";
import { parseRecording } from "./format";

const file = path.join(LESSONS_ROOT, "04-gather", "recorded", "gather_fetch.json");
const recording = parseRecording(readFileSync(file, "utf8"), file);
const run = recording.result;
const copy = (): RunResultWire => structuredClone(run);

describe("variation", () => {
  it("is null when every run is the same (wall time aside)", () => {
    expect(recording.varies).toBeNull();
    expect(variation(run, [{ ...copy(), wallMs: 12 }], copy())).toEqual({
      varies: null,
      shown: true,
    });
  });

  it("marks the output parts whose text differs", () => {
    const other = copy();
    other.trace.prints[2]![1] = "something else\n";
    expect(variation(run, [other], copy()).varies).toEqual({
      parts: [2],
      trace: false,
      computing: false,
    });
  });

  it("tells computing (other times) from another order (the same times, other tasks)", () => {
    const slower = copy();
    slower.trace.end += 250_000;
    expect(variation(run, [copy()], slower).varies).toMatchObject({ computing: true, trace: true });
    const reordered = copy();
    reordered.trace.tasks.label = [...reordered.trace.tasks.label].reverse();
    expect(variation(run, [reordered], copy()).varies).toMatchObject({
      computing: false,
      trace: true,
    });
  });

  it("shows no recording when the runs differ in shape", () => {
    const other = copy();
    other.trace.prints.pop();
    expect(variation(run, [other], copy()).shown).toBe(false);
  });
});

describe("drift", () => {
  it("lets nothing differ in a recording that does not vary", () => {
    expect(drift(recording, copy())).toBeNull();
    const later = copy();
    later.elapsed += 1;
    expect(drift(recording, later)).toBe(
      `run.elapsed: recorded ${run.elapsed}, now ${run.elapsed + 1}`,
    );
  });

  it("lets marked parts and, with `trace`, times differ, but nothing else", () => {
    const marked = { ...recording, varies: { parts: [1], trace: true, computing: true } };
    const fresh = copy();
    fresh.trace.prints[1]![1] = "Data 1 fetched later!\n";
    fresh.trace.end += 1000;
    expect(drift(marked, fresh)).toBeNull();
    fresh.trace.prints[0]![1] = "Fetching nothing\n";
    expect(drift(marked, fresh)).toMatch(/prints\[0\]/);
  });
});

describe("agrees (npm run record keeps the stored file)", () => {
  const varying = { ...recording, varies: { parts: [1], trace: true, computing: true } };

  it("when only what the stored recording marks as varying differs", () => {
    const fresh = structuredClone(varying);
    fresh.result.trace.prints[1]![1] = "Data 1 fetched later!\n";
    fresh.result.trace.end += 1000;
    expect(agrees(varying, fresh)).toBe(true);
  });

  it("not when anything else differs: a text, what varies, the program", () => {
    const text = structuredClone(varying);
    text.result.trace.prints[0]![1] = "Fetching nothing\n";
    expect(agrees(varying, text)).toBe(false);
    expect(agrees(varying, { ...varying, varies: null })).toBe(false);
    expect(agrees(varying, { ...varying, source: "0".repeat(64) })).toBe(false);
    const later = structuredClone(recording);
    later.result.elapsed += 1;
    expect(agrees(recording, later)).toBe(false);
  });
});
