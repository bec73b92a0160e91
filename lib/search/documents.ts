import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { Element, ElementContent, Root, RootContent } from "hast";
import rehypeSlug from "rehype-slug";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { lessonRecordingPath, readShownRecording } from "@/lib/recorded/load";
import { LESSONS_ROOT, loadLessons, type LessonMeta } from "@/lib/content/lessons";
import type { SearchSection } from "./types";

// MDX nodes that remark-rehype must keep as they are, as @mdx-js/mdx does, so that <Example>
// and <Callout> survive into the tree the headings are slugged in.
const mdxNodeTypes = [
  "mdxFlowExpression",
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  "mdxTextExpression",
  "mdxjsEsm",
] as const;

// The same slugging as the lesson pages (next.config.ts: rehype-slug over the MDX), so a result's
// `#id` is the id the page gives its heading, duplicates (`-1`) included.
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkRehype, { passThrough: [...mdxNodeTypes] })
  .use(rehypeSlug);

const blocks = new Set(["p", "li", "ul", "ol", "blockquote", "table", "tr", "td", "th", "br"]);

interface JsxNode {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: ElementContent[];
}

function attribute(node: JsxNode, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

function plainText(node: RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return (node.children as ElementContent[]).map(plainText).join("");
  return "";
}

/** Splits one lesson's MDX into sections, one per heading, with their prose and code. */
export function lessonSections(
  lesson: LessonMeta,
  mdx: string,
  readExample: (file: string) => string,
  /** What an example's recorded run printed (searchable like its code), if it has one. */
  recordedOutput: (file: string) => string | null = () => null,
): SearchSection[] {
  const tree = processor.runSync(processor.parse(mdx)) as Root;
  const base = `/lessons/${lesson.slug}/`;
  const sections: SearchSection[] = [];
  let text: string[] = [];
  let code: string[] = [];
  let current = { id: lesson.slug, url: base, heading: lesson.title };

  const flush = () => {
    const section = {
      ...current,
      lessonNumber: lesson.number,
      lessonTitle: lesson.title,
      text: text
        .join("")
        .replace(/[ \t]*\n[\s]*/g, "\n")
        .replace(/[ \t]+/g, " ")
        .trim(),
      code: code.join("\n\n").trim(),
    };
    if (section.text || section.code || section.id !== lesson.slug) sections.push(section);
    text = [];
    code = [];
  };

  const walk = (node: RootContent | ElementContent) => {
    if (node.type === "text") {
      text.push(node.value);
      return;
    }
    if (node.type === "element") {
      const element = node as Element;
      if (/^h[2-6]$/.test(element.tagName) && typeof element.properties.id === "string") {
        flush();
        const id = element.properties.id;
        current = { id: `${lesson.slug}#${id}`, url: `${base}#${id}`, heading: plainText(element) };
        return;
      }
      if (element.tagName === "pre") {
        code.push(plainText(element).replace(/\n$/, ""));
        return;
      }
      element.children.forEach(walk);
      if (blocks.has(element.tagName)) text.push("\n");
      return;
    }
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const jsx = node as unknown as JsxNode;
      if (jsx.name === "Example") {
        const file = attribute(jsx, "file");
        if (file) code.push(readExample(file).trimEnd());
        // An example the reader should predict keeps its output out of search results too.
        const predict = jsx.attributes.some(
          (a) => a.type === "mdxJsxAttribute" && a.name === "predict",
        );
        const output = file && !predict ? recordedOutput(file)?.trimEnd() : null;
        if (output) code.push(output);
        return;
      }
      // Quiz and Exercise have their own pages of text; a callout's title is prose like its body.
      if (jsx.name === "Quiz" || jsx.name === "Exercise") return;
      const title = attribute(jsx, "title");
      if (title) text.push(`${title}\n`);
      jsx.children.forEach(walk);
      text.push("\n");
    }
  };

  tree.children.forEach(walk);
  flush();
  return sections;
}

/** Every section of every lesson, in course order. */
export function courseSections(root = LESSONS_ROOT): SearchSection[] {
  return loadLessons(root).flatMap((lesson) => {
    const folder = path.join(root, lesson.dir);
    const { content } = matter(readFileSync(path.join(folder, "lesson.mdx"), "utf8"), {});
    const read = (file: string) => readFileSync(path.join(folder, file), "utf8");
    return lessonSections(lesson, content, read, (file) => {
      const shown = readShownRecording(lessonRecordingPath(root, lesson.dir, file), read(file), {
        filename: file,
        topLevelAwait: false,
      });
      return shown && shown.result.stdout;
    });
  });
}
