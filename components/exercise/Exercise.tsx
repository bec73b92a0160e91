import path from "node:path";
import { marked } from "marked";
import { highlight } from "@/lib/content/highlight";
import { getLessons, LESSONS_ROOT } from "@/lib/content/lessons";
import { exerciseId, readExercise } from "@/lib/exercise/load";
import { readFileSync } from "node:fs";
import { ExerciseViewWhenNear } from "./ExerciseViewWhenNear";

interface Props {
  /** The lesson's folder, bound by the MDX registry. */
  dir: string;
  /** Folder name under the lesson's `exercises/`. */
  name: string;
}

/**
 * `<Exercise name="..." />` in a lesson: the task (README.md, rendered at build time), the starter
 * code to edit, hints, checks and the solution, all from the exercise's folder.
 */
export async function Exercise({ dir, name }: Props) {
  const folder = path.join(LESSONS_ROOT, dir);
  const exercise = readExercise(folder, name, `content/lessons/${dir}`);
  // Our own Markdown, read at build time: no reader input reaches this HTML.
  const readme = await marked.parse(
    readFileSync(path.join(folder, "exercises", name, "README.md"), "utf8"),
  );
  const slug = getLessons().find((lesson) => lesson.dir === dir)?.slug ?? dir;
  return (
    <ExerciseViewWhenNear
      id={exerciseId(slug, name)}
      title={exercise.spec.title}
      readmeHtml={readme}
      starter={exercise.starter}
      starterHtml={await highlight(exercise.starter, "python")}
      solution={exercise.solution}
      solutionHtml={await highlight(exercise.solution, "python")}
      hints={exercise.spec.hints}
      checks={exercise.spec.checks}
    />
  );
}
