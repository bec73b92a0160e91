import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import { exerciseId, exerciseNames, exerciseTagsIn, readExercise } from "@/lib/exercise/load";
import type { LessonRequirements } from "@/lib/progress/completion";
import { questionHash } from "@/lib/quiz/hash";
import { readQuiz, readQuizProgram } from "@/lib/quiz/load";
import { lessonFolderPattern, lessonFrontMatterSchema } from "./schema";

/** Where the course's lessons live, relative to the project root (the cwd of `next build`). */
export const LESSONS_ROOT = path.join(process.cwd(), "content", "lessons");

export interface LessonMeta {
  /** 1-based position in the course, from the folder's `NN-` prefix. */
  number: number;
  /** URL segment: `/lessons/<slug>/`. */
  slug: string;
  title: string;
  summary: string;
  /** Folder name inside the lessons root, e.g. `01-why-async`. */
  dir: string;
  /** File names used by `<Example file="...">`, in order of appearance. */
  examples: string[];
  /** Quiz question ids and exercise ids the reader completes the lesson with. */
  practice: LessonRequirements;
}

export class LessonError extends Error {
  override name = "LessonError";
}

/** A path shown in error messages: relative to the project when possible, so it is short and clickable. */
function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel.split(path.sep).join("/");
}

/** Drops fenced code blocks so that tags or headings shown *as code* are not taken for real ones. */
function withoutFences(body: string): string {
  return body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "");
}

/** The `file` of every `<Example ... file="x.py" ...>` tag in an MDX body. */
export function exampleFilesIn(body: string): string[] {
  const files: string[] = [];
  const tag = /<Example\b([^>]*)>/g;
  for (const match of withoutFences(body).matchAll(tag)) {
    const attrs = match[1] ?? "";
    const file = /\bfile\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/.exec(attrs);
    const name = file?.[1] ?? file?.[2] ?? file?.[3];
    files.push(name ?? "");
  }
  return files;
}

function readLesson(root: string, dir: string): LessonMeta {
  const match = lessonFolderPattern.exec(dir);
  const mdxPath = path.join(root, dir, "lesson.mdx");
  if (!match) {
    throw new LessonError(
      `${display(path.join(root, dir))}: folder name must look like "01-some-slug" (two digits, a hyphen, lower-case words)`,
    );
  }
  if (!existsSync(mdxPath)) {
    throw new LessonError(`${display(mdxPath)}: missing (every lesson folder needs a lesson.mdx)`);
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object: gray-matter caches by content otherwise, which hides edits in watch mode.
    parsed = matter(readFileSync(mdxPath, "utf8"), {});
  } catch (error) {
    throw new LessonError(`${display(mdxPath)}: front matter is not valid YAML — ${String(error)}`);
  }

  const front = lessonFrontMatterSchema.safeParse(parsed.data);
  if (!front.success) {
    throw new LessonError(`${display(mdxPath)}: front matter — ${z.prettifyError(front.error)}`);
  }

  const body = withoutFences(parsed.content);
  const h1 = /^#[ \t]+\S.*$/m.exec(body);
  if (h1) {
    throw new LessonError(
      `${display(mdxPath)}: "${h1[0]}" — the page shows the title as the h1; start body headings at ##`,
    );
  }

  const examples = exampleFilesIn(parsed.content);
  for (const file of examples) {
    const examplePath = path.join(root, dir, file);
    const safeName = file !== "" && path.basename(file) === file;
    if (!safeName || !existsSync(examplePath) || !statSync(examplePath).isFile()) {
      throw new LessonError(`${display(mdxPath)}: <Example file="${file}"> — no such file`);
    }
  }

  const slug = match[2] ?? "";
  const practice = readPractice(root, dir, slug, parsed.content, display(mdxPath));

  return {
    number: Number(match[1]),
    slug,
    title: front.data.title,
    summary: front.data.summary,
    dir,
    examples,
    practice,
  };
}

/** Validates the lesson's quiz and exercises (throwing a LessonError naming the file) and lists them. */
function readPractice(
  root: string,
  dir: string,
  slug: string,
  content: string,
  mdxShown: string,
): LessonRequirements {
  const folder = path.join(root, dir);
  const shown = display(folder);
  try {
    const quiz = readQuiz(folder, shown);
    if (!quiz && /<Quiz\b/.test(withoutFences(content))) {
      throw new Error(`${mdxShown}: <Quiz /> — this lesson has no quiz.json`);
    }
    const tags = exerciseTagsIn(withoutFences(content));
    for (const name of tags) {
      if (!exerciseNames(folder).includes(name)) {
        throw new Error(`${mdxShown}: <Exercise name="${name}"> — no folder exercises/${name}`);
      }
    }
    for (const name of exerciseNames(folder)) readExercise(folder, name, shown);
    return {
      questions:
        quiz?.questions.map((question) => ({
          id: question.id,
          hash: questionHash(
            question,
            question.file ? readQuizProgram(folder, question.file) : null,
          ),
        })) ?? [],
      exercises: tags.map((name) => exerciseId(slug, name)),
    };
  } catch (error) {
    if (error instanceof LessonError) throw error;
    throw new LessonError((error as Error).message);
  }
}

/**
 * Reads and checks every lesson under `root`. Throws a `LessonError` naming the offending file on
 * the first problem, so a broken lesson fails `next build` with a message that says where to look.
 */
export function loadLessons(root: string = LESSONS_ROOT): LessonMeta[] {
  if (!existsSync(root)) return [];
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  const lessons = dirs.map((dir) => readLesson(root, dir));

  const seen = new Map<string, string>();
  lessons.forEach((lesson, index) => {
    const where = display(path.join(root, lesson.dir));
    if (lesson.number !== index + 1) {
      throw new LessonError(
        `${where}: expected number ${String(index + 1).padStart(2, "0")} — lesson numbers run 01, 02, … without gaps or repeats`,
      );
    }
    const other = seen.get(lesson.slug);
    if (other) {
      throw new LessonError(`${where}: slug "${lesson.slug}" is already used by ${other}`);
    }
    seen.set(lesson.slug, lesson.dir);
  });

  return lessons;
}

let cached: LessonMeta[] | undefined;

/**
 * All lessons of the course, in order. Cached for the life of a production build; re-read on every
 * call in development so that a lesson being written shows up without a restart.
 */
export function getLessons(): LessonMeta[] {
  if (process.env.NODE_ENV !== "production") return loadLessons();
  cached ??= loadLessons();
  return cached;
}

/** One lesson by slug, or `undefined` when there is none. */
export function getLesson(slug: string): LessonMeta | undefined {
  return getLessons().find((lesson) => lesson.slug === slug);
}

/** The lessons before and after `slug` in course order. */
export function getNeighbours(slug: string): { previous?: LessonMeta; next?: LessonMeta } {
  const lessons = getLessons();
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  if (index === -1) return {};
  return { previous: lessons[index - 1], next: lessons[index + 1] };
}

/** Source of an example program in a lesson folder, read at build time. */
export function readExample(dir: string, file: string, root: string = LESSONS_ROOT): string {
  if (path.basename(file) !== file || path.basename(dir) !== dir) {
    throw new LessonError(
      `<Example file="${file}"> in ${dir}: only a file name in the lesson folder`,
    );
  }
  const examplePath = path.join(root, dir, file);
  if (!existsSync(examplePath)) {
    throw new LessonError(
      `${display(path.join(root, dir, "lesson.mdx"))}: <Example file="${file}"> — no such file`,
    );
  }
  return readFileSync(examplePath, "utf8");
}
