import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LessonMeta } from "@/lib/content/lessons";
import { courseSections, lessonSections } from "./documents";

const lesson: LessonMeta = {
  number: 3,
  slug: "demo",
  title: "A demo lesson",
  summary: "",
  dir: "03-demo",
  examples: [],
  practice: { questions: [], exercises: [] },
};

const programs: Record<string, string> = {
  "hello.py": "import asyncio\n\nasync def zebrafish():\n    await asyncio.sleep(1)\n",
};

const sections = (mdx: string) => lessonSections(lesson, mdx, (file) => programs[file] ?? "");

describe("lessonSections", () => {
  it("cuts the lesson at its headings and links each to the id the page gives it", () => {
    const found = sections(
      "Before any heading.\n\n## Using `asyncio.gather()`\n\nOne.\n\n### Key points\n\nTwo.\n\n## Key points\n\nThree.\n",
    );
    expect(found.map(({ id, url, heading, text }) => ({ id, url, heading, text }))).toEqual([
      { id: "demo", url: "/lessons/demo/", heading: "A demo lesson", text: "Before any heading." },
      {
        id: "demo#using-asynciogather",
        url: "/lessons/demo/#using-asynciogather",
        heading: "Using asyncio.gather()",
        text: "One.",
      },
      {
        id: "demo#key-points",
        url: "/lessons/demo/#key-points",
        heading: "Key points",
        text: "Two.",
      },
      {
        id: "demo#key-points-1",
        url: "/lessons/demo/#key-points-1",
        heading: "Key points",
        text: "Three.",
      },
    ]);
    expect(found.every((s) => s.lessonNumber === 3 && s.lessonTitle === "A demo lesson")).toBe(
      true,
    );
  });

  it("puts example programs and code blocks in `code`, callouts in the prose, and skips quizzes", () => {
    const [section] = sections(
      [
        "## Example",
        "",
        "Run **this**:",
        "",
        '<Example file="hello.py" />',
        "",
        "```python",
        "print('fenced')",
        "```",
        "",
        '<Callout kind="tip" title="Watch the clock">',
        "It jumps.",
        "</Callout>",
        "",
        "<Quiz />",
      ].join("\n"),
    );
    expect(section?.text).toBe("Run this:\nWatch the clock\nIt jumps.");
    expect(section?.code).toBe(`${programs["hello.py"]?.trimEnd()}\n\nprint('fenced')`);
  });

  it("leaves out an opening with no text", () => {
    expect(sections("## Only\n\nText.").map((s) => s.id)).toEqual(["demo#only"]);
  });
});

describe("courseSections", () => {
  it("reads every lesson's sections and example files", () => {
    const found = courseSections(path.join(import.meta.dirname, "../content/fixtures/valid"));
    expect(found.map((s) => s.url)).toEqual([
      "/lessons/first-steps/#a-coroutine",
      "/lessons/waiting-together/#gather",
      "/lessons/waiting-together/#details",
    ]);
    expect(found[0]?.text).toBe("Try it\nChange the delay.");
    expect(found[1]?.code).toContain('<Example file="not-here.py" />');
    expect(found[1]?.code).toContain("gather");
  });
});
