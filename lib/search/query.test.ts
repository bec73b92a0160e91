import { describe, expect, it } from "vitest";
import { createSearch } from "./query";
import type { SearchSection } from "./types";

const section = (id: string, heading: string, text: string, code = ""): SearchSection => ({
  id,
  url: `/lessons/${id.replace("#", "/#")}`,
  lessonNumber: 1,
  lessonTitle: "Lesson",
  heading,
  text,
  code,
});

const search = createSearch([
  section("a#gather", "Running with gather", "Gather runs awaitables at once."),
  section("a#queue", "Queues", "A producer puts items in.", "print(f'{item} shipped')"),
  section("b#limits", "Semaphores", "At most two at a time <b>really</b>."),
]);
const text = (parts: { text: string; hit: boolean }[]) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");

describe("createSearch", () => {
  it("ranks a heading match first and marks the words in heading and snippet", () => {
    const [hit] = search("gather");
    expect(hit?.section.id).toBe("a#gather");
    expect(text(hit!.heading)).toBe("Running with [gather]");
    expect(text(hit!.snippet)).toBe("[Gather] runs awaitables at once.");
    expect(hit?.snippetIsCode).toBe(false);
  });

  it("finds a word that only code contains and shows the code line", () => {
    const hits = search("shipped");
    expect(hits.map((h) => h.section.id)).toEqual(["a#queue"]);
    expect(hits[0]?.snippetIsCode).toBe(true);
    expect(text(hits[0]!.snippet)).toBe("print(f'{item} [shipped]')");
  });

  it("matches word starts and small typos", () => {
    expect(search("sema")[0]?.section.id).toBe("b#limits");
    expect(search("semaphroes")[0]?.section.id).toBe("b#limits");
  });

  it("finds nothing for an empty or hostile query, and keeps markup in text as text", () => {
    expect(search("   ")).toEqual([]);
    expect(search("<script>zzqx()</script>")).toEqual([]);
    expect(text(search("really")[0]!.snippet)).toBe("At most two at a time <b>[really]</b>.");
  });
});
