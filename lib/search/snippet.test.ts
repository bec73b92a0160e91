import { describe, expect, it } from "vitest";
import { codeSnippet, markTerms, snippet } from "./snippet";

const marked = (parts: { text: string; hit: boolean }[]) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");

describe("markTerms", () => {
  it("marks whole words only, in any case", () => {
    expect(marked(markTerms("Gather gathers; gather_all uses GATHER.", ["gather"]))).toBe(
      "[Gather] gathers; [gather]_all uses [GATHER].",
    );
  });

  it("keeps markup as plain text and treats terms literally", () => {
    const parts = markTerms('<script>alert("x")</script> a+b', ["script", "a+b"]);
    expect(marked(parts)).toBe('<[script]>alert("x")</[script]> [a+b]');
    expect(parts.every((p) => typeof p.text === "string")).toBe(true);
  });

  it("returns the text unmarked when there are no terms", () => {
    expect(markTerms("text", [])).toEqual([{ text: "text", hit: false }]);
  });
});

describe("snippet", () => {
  const text = `${"word ".repeat(40)}the loop runs the semaphore here ${"tail ".repeat(40)}`;

  it("shows a window around the first match, cut at spaces, with ellipses", () => {
    const shown = marked(snippet(text, ["semaphore"], { before: 20, length: 60 }));
    expect(shown.startsWith("…the loop runs the [semaphore] here tail")).toBe(true);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(60 + 2 + 2);
  });

  it("starts at the beginning when nothing matches", () => {
    expect(marked(snippet("short text", ["zzz"]))).toBe("short text");
  });
});

describe("codeSnippet", () => {
  it("shows the line with the match", () => {
    const code = "import asyncio\n\nasync def worker(queue):\n    item = await queue.get()\n";
    expect(marked(codeSnippet(code, ["get"]))).toBe("item = await queue.[get]()");
  });
});
