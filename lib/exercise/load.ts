import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseExerciseSpec, type ExerciseSpec } from "./schema";

/** Exercises live in `exercises/<name>/` inside a lesson folder. */
export const EXERCISES_DIR = "exercises";
const FILES = ["README.md", "starter.py", "solution.py", "checks.json"] as const;
const namePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ExerciseSource {
  /** Folder name, e.g. "gather-the-fetches". */
  name: string;
  spec: ExerciseSpec;
  starter: string;
  solution: string;
}

/**
 * Reads and validates one exercise folder. Throws an Error naming the file at fault, so a broken
 * exercise fails the build.
 */
export function readExercise(lessonDir: string, name: string, shownAs = lessonDir): ExerciseSource {
  const folder = path.join(lessonDir, EXERCISES_DIR, name);
  const where = `${shownAs}/${EXERCISES_DIR}/${name}`;
  if (!namePattern.test(name)) {
    throw new Error(`${where}: exercise names are lower-case words joined by hyphens`);
  }
  for (const file of FILES) {
    if (!existsSync(path.join(folder, file))) {
      throw new Error(`${where}/${file}: missing (an exercise needs ${FILES.join(", ")})`);
    }
  }
  const read = (file: string) => readFileSync(path.join(folder, file), "utf8");
  let spec: ExerciseSpec;
  try {
    spec = parseExerciseSpec(read("checks.json"));
  } catch (error) {
    throw new Error(`${where}/checks.json: ${(error as Error).message}`);
  }
  const strip = (code: string) => code.replace(/\n$/, "");
  return { name, spec, starter: strip(read("starter.py")), solution: strip(read("solution.py")) };
}

/** Every exercise folder of a lesson, by name. */
export function exerciseNames(lessonDir: string): string[] {
  const folder = path.join(lessonDir, EXERCISES_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The `name` of every `<Exercise name="..." />` tag in an MDX body. */
export function exerciseTagsIn(body: string): string[] {
  const names: string[] = [];
  for (const match of body.matchAll(/<Exercise\b([^>]*)>/g)) {
    const attr = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[1] ?? "");
    names.push(attr?.[1] ?? attr?.[2] ?? "");
  }
  return names;
}

/** Id used in progress: unique across the course. */
export function exerciseId(lessonSlug: string, name: string): string {
  return `${lessonSlug}/${name}`;
}
