/**
 * Runs every exercise and quiz program of the course through the Node engine:
 *   npx tsx scripts/check-exercises.ts [--json] [--root=content/lessons]
 *
 * - every exercise's solution.py must pass all its checks, and its starter.py must fail at least one;
 * - every duration question needs exactly one option matching the engine's virtual elapsed time;
 * - every order question must offer exactly the lines its program prints;
 * - question ids must be unique across the course (they key the reader's progress).
 *
 * Exits 1 when anything is wrong, naming the file. `--json` prints one JSON report instead.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadLessons, LESSONS_ROOT } from "../lib/content/lessons";
import { exerciseNames, readExercise } from "../lib/exercise/load";
import { failures, verifyExercise } from "../lib/exercise/verify";
import { readQuiz, readQuizProgram } from "../lib/quiz/load";
import { verifyQuestion } from "../lib/quiz/verify";
import { createNodeEngine } from "../lib/runtime/node-runtime";

export interface ContentReport {
  exercises: {
    where: string;
    solutionFailures: string[];
    starterFailures: string[];
    problems: string[];
  }[];
  questions: { where: string; id: string; problems: string[] }[];
  problems: string[];
  ok: boolean;
}

export async function checkContent(root: string = LESSONS_ROOT): Promise<ContentReport> {
  const shown = (folder: string) => path.relative(process.cwd(), folder).split(path.sep).join("/");
  const lessons = loadLessons(root);
  const engine = await createNodeEngine();
  const report: ContentReport = { exercises: [], questions: [], problems: [], ok: true };
  const seen = new Map<string, string>();

  for (const lesson of lessons) {
    const folder = path.join(root, lesson.dir);
    for (const name of exerciseNames(folder)) {
      const exercise = readExercise(folder, name, shown(folder));
      const where = `${shown(folder)}/exercises/${name}`;
      const result = verifyExercise(
        (code) => engine.run(code, { filename: "exercise.py" }),
        exercise,
        where,
      );
      report.exercises.push({
        where,
        solutionFailures: failures(result.solution),
        starterFailures: failures(result.starter),
        problems: result.problems,
      });
    }
    const quiz = readQuiz(folder, shown(folder));
    for (const question of quiz?.questions ?? []) {
      const where = `${shown(folder)}/quiz.json`;
      const problems: string[] = [];
      const other = seen.get(question.id);
      if (other) problems.push(`id "${question.id}" is also used in ${other}`);
      seen.set(question.id, where);
      if (question.kind !== "choice") {
        const code = readQuizProgram(folder, question.file);
        const run = engine.run(code, { filename: path.basename(question.file) });
        problems.push(...verifyQuestion(question, run));
      }
      report.questions.push({ where, id: question.id, problems });
    }
  }
  report.ok =
    report.problems.length === 0 &&
    report.exercises.every((e) => e.problems.length === 0) &&
    report.questions.every((q) => q.problems.length === 0);
  return report;
}

async function main() {
  const args = process.argv.slice(2);
  const rootArg = args.find((a) => a.startsWith("--root="));
  const root = rootArg ? path.resolve(rootArg.slice("--root=".length)) : LESSONS_ROOT;
  let report: ContentReport;
  try {
    report = await checkContent(root);
  } catch (error) {
    // A broken quiz.json or checks.json: the loader's message names the file.
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
  if (args.includes("--json")) {
    console.log(JSON.stringify(report));
  } else {
    for (const e of report.exercises) {
      console.log(`${e.problems.length ? "✗" : "✓"} ${e.where}`);
      for (const problem of e.problems) console.log(`    ${problem}`);
      if (!e.problems.length) console.log(`    starter fails: ${e.starterFailures.join(" ")}`);
    }
    const bad = report.questions.filter((q) => q.problems.length);
    for (const q of bad) console.log(`✗ ${q.where} question "${q.id}": ${q.problems.join("; ")}`);
    console.log(
      `${report.exercises.length} exercises, ${report.questions.length} questions (${bad.length} with problems)`,
    );
  }
  process.exit(report.ok ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void main();
