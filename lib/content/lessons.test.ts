import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { exampleFilesIn, loadLessons, readExample } from "./lessons";

const fixtures = path.join(import.meta.dirname, "fixtures");

describe("loadLessons on fixtures", () => {
  it("reads a valid course in order, with numbers, slugs and examples", () => {
    const lessons = loadLessons(path.join(fixtures, "valid"));
    expect(lessons).toEqual([
      {
        number: 1,
        slug: "first-steps",
        title: "First steps",
        summary: "A fixture lesson with one example program.",
        dir: "01-first-steps",
        examples: ["hello.py"],
        practice: { questions: [], exercises: [] },
      },
      {
        number: 2,
        slug: "waiting-together",
        title: "Waiting together",
        summary: "A fixture lesson whose second example has a title.",
        dir: "02-waiting-together",
        examples: ["gather.py"],
        practice: { questions: [], exercises: [] },
      },
    ]);
  });

  it("names the lesson file and the missing example", () => {
    expect(() => loadLessons(path.join(fixtures, "missing-example"))).toThrow(
      /missing-example\/01-typo\/lesson\.mdx: <Example file="gaher\.py"> — no such file/,
    );
  });

  it("returns no lessons for a root that does not exist", () => {
    expect(loadLessons(path.join(fixtures, "nowhere"))).toEqual([]);
  });
});

describe("loadLessons on generated courses", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function course(lessons: Record<string, string>): string {
    root = mkdtempSync(path.join(tmpdir(), "lessons-"));
    for (const [dir, mdx] of Object.entries(lessons)) {
      mkdirSync(path.join(root, dir));
      writeFileSync(path.join(root, dir, "lesson.mdx"), mdx);
    }
    return root;
  }
  const ok = (title: string) => `---\ntitle: ${title}\nsummary: About ${title}.\n---\n\n## Start\n`;

  it("rejects a missing title, naming the file", () => {
    const dir = course({ "01-a": "---\nsummary: No title here.\n---\n\n## A\n" });
    expect(() => loadLessons(dir)).toThrow(/01-a\/lesson\.mdx: front matter .*title/s);
  });

  it("rejects an unknown front matter key", () => {
    const dir = course({ "01-a": "---\ntitle: A\nsummary: S.\nauthor: me\n---\n" });
    expect(() => loadLessons(dir)).toThrow(/01-a\/lesson\.mdx: front matter .*author/s);
  });

  it("rejects a gap in the numbering", () => {
    const dir = course({ "01-a": ok("A"), "03-c": ok("C") });
    expect(() => loadLessons(dir)).toThrow(/03-c: expected number 02/);
  });

  it("rejects two lessons with the same number", () => {
    const dir = course({ "01-a": ok("A"), "01-b": ok("B") });
    expect(() => loadLessons(dir)).toThrow(/01-b: expected number 02/);
  });

  it("rejects a duplicate slug", () => {
    const dir = course({ "01-a": ok("A"), "02-a": ok("A again") });
    expect(() => loadLessons(dir)).toThrow(/02-a: slug "a" is already used by 01-a/);
  });

  it("rejects a badly named folder", () => {
    const dir = course({ "1-intro": ok("Intro") });
    expect(() => loadLessons(dir)).toThrow(/1-intro: folder name must look like/);
  });

  it("rejects a folder without lesson.mdx", () => {
    root = mkdtempSync(path.join(tmpdir(), "lessons-"));
    mkdirSync(path.join(root, "01-empty"));
    expect(() => loadLessons(root)).toThrow(/01-empty\/lesson\.mdx: missing/);
  });

  it("rejects an h1 in the body but not one inside a code fence", () => {
    const fenced = `${ok("A")}\n\`\`\`python\n# a comment\n\`\`\`\n`;
    expect(loadLessons(course({ "01-a": fenced }))).toHaveLength(1);
    rmSync(root, { recursive: true, force: true });
    const dir = course({ "01-a": `${ok("A")}\n# Title again\n` });
    expect(() => loadLessons(dir)).toThrow(/01-a\/lesson\.mdx: "# Title again"/);
  });

  it("rejects an example path that leaves the lesson folder", () => {
    const dir = course({ "01-a": `${ok("A")}\n<Example file="../01-a/lesson.mdx" />\n` });
    expect(() => loadLessons(dir)).toThrow(
      /<Example file="\.\.\/01-a\/lesson\.mdx"> — no such file/,
    );
  });
});

describe("exampleFilesIn", () => {
  it("finds file props in any quoting and position, skipping fenced code", () => {
    const body = [
      '<Example file="a.py" />',
      "<Example title='T' file='b.py'/>",
      '<Example\n  file={"c.py"}\n/>',
      "```",
      '<Example file="fenced.py" />',
      "```",
    ].join("\n");
    expect(exampleFilesIn(body)).toEqual(["a.py", "b.py", "c.py"]);
  });

  it("reports an Example without a file as an empty name", () => {
    expect(exampleFilesIn("<Example />")).toEqual([""]);
  });
});

describe("readExample", () => {
  it("reads a program from a lesson folder", () => {
    const code = readExample("01-first-steps", "hello.py", path.join(fixtures, "valid"));
    expect(code).toContain('print("hello")');
  });

  it("refuses paths outside the folder", () => {
    expect(() => readExample("01-first-steps", "../x.py", path.join(fixtures, "valid"))).toThrow(
      /only a file name/,
    );
  });
});
