/**
 * Re-records expected output from real CPython:
 *   npm run corpus:record [-- NAME ...]              tests/corpus/NAME.py → tests/corpus/NAME.json
 *   npm run corpus:record -- --lessons [NAME.py ...]  every lesson example (each `<Example file>`),
 *       content/lessons/DIR/NAME.py → tests/lessons/DIR/NAME.json (NAMEs limit it to those files)
 *
 * Each program runs in its own CPython process (four at once: they mostly sleep). The harness times
 * the program itself (not interpreter start-up) and writes the elapsed seconds to fd 3, so stdout and
 * stderr stay exactly what the program printed. Paths in stderr are shortened to the file name, the
 * way the engine names the file.
 *
 * Programs may `import simweb`, the course's simulated web: CPython has no such module, so the
 * recorder puts lib/runtime/python/ on PYTHONPATH and CPython imports the very file the engine uses.
 * There its requests wait with a real `asyncio.sleep` (the engine's sleeps cost virtual time), so a
 * recording takes as long as the program's requests do.
 *
 * Each program is recorded RUNS times. A busy machine only ever delays a program, which can move a
 * printed time by 0.1 s: the output most runs agree on is kept, with the fastest of those runs (the
 * tests compare elapsed within 0.05 s). Disagreeing runs are reported on stderr; without a majority
 * the exit code is 1. On a quiet machine any disagreement means the output depends on timing.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadLessons } from "../lib/content/lessons";

const CORPUS = fileURLToPath(new URL("../tests/corpus/", import.meta.url));
const LESSONS = fileURLToPath(new URL("../content/lessons/", import.meta.url));
const LESSON_RECORDINGS = fileURLToPath(new URL("../tests/lessons/", import.meta.url));
const SIMWEB = fileURLToPath(new URL("../lib/runtime/python/", import.meta.url));
const PY313 = "/root/.pyenv/versions/3.13.0/bin/python3.13";
const PYTHON = existsSync(PY313) ? PY313 : "python3";

const PARALLEL = 4;
const RUNS = 7;

const HARNESS = `
import atexit, os, sys, time
import asyncio, concurrent.futures  # imported before timing: start-up is not the program's time
try:
    import simweb  # likewise the simulated web, which builds its default sites on import
except ImportError:
    pass
path = sys.argv[1]
sys.argv = [path]
start = time.perf_counter()
atexit.register(lambda: os.write(3, repr(time.perf_counter() - start).encode()))
source = open(path, encoding="utf-8").read()
exec(compile(source, path, "exec"), {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__})
`;

export interface CorpusExpectation {
  python: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** CPython's wall seconds for the program, rounded to 0.01. */
  elapsed: number;
}

/** One program to record: run as `file` inside `cwd` (so messages name the bare file), saved at `out`. */
interface Job {
  cwd: string;
  file: string;
  out: string;
}

function record({ cwd, file }: Job, version: string): Promise<CorpusExpectation> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ["-c", HARNESS, file], {
      cwd,
      stdio: ["ignore", "pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        PYTHONIOENCODING: "utf-8",
        PYTHONDONTWRITEBYTECODE: "1",
        PYTHONPATH: SIMWEB,
      },
    });
    const chunks: Record<"stdout" | "stderr" | "timing", Buffer[]> = {
      stdout: [],
      stderr: [],
      timing: [],
    };
    child.stdout!.on("data", (b: Buffer) => chunks.stdout.push(b));
    child.stderr!.on("data", (b: Buffer) => chunks.stderr.push(b));
    (child.stdio[3] as NodeJS.ReadableStream).on("data", (b: Buffer) => chunks.timing.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = Number(Buffer.concat(chunks.timing).toString());
      if (!Number.isFinite(seconds))
        return reject(new Error(`${join(cwd, file)}: no timing recorded`));
      resolve({
        python: version,
        stdout: Buffer.concat(chunks.stdout).toString(),
        stderr: Buffer.concat(chunks.stderr).toString(),
        exitCode: code ?? -1,
        elapsed: Math.round(seconds * 100) / 100,
      });
    });
  });
}

/** Records the program RUNS times; keeps the output most runs agree on, and its fastest run. */
async function bestOf(job: Job, version: string): Promise<CorpusExpectation> {
  const runs: CorpusExpectation[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await record(job, version));
  const groups = new Map<string, CorpusExpectation[]>();
  for (const r of runs) {
    // Object addresses (`<coroutine object f at 0x7f...>`) differ on every run by nature.
    const key = r.stdout.replace(/\b0x[0-9a-f]+\b/g, "0x…");
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const ranked = [...groups.values()].sort((a, b) => b.length - a.length);
  const agreed = ranked[0]!;
  if (ranked.length > 1) {
    const [a, b] = ranked.map((group) => group[0]!.stdout.split("\n"));
    const line = a!.findIndex((text, i) => text !== b![i]);
    const majority = agreed.length > RUNS / 2;
    console.error(
      `${join(job.cwd, job.file)}: ${agreed.length} of ${RUNS} runs agree` +
        `${majority ? "" : " (no majority: re-record on a quieter machine)"}; first difference, line ${line + 1}:` +
        `\n  ${a![line]}\n  ${b![line]}`,
    );
    if (!majority) process.exitCode = 1;
  }
  return agreed.reduce((best, r) => (r.elapsed < best.elapsed ? r : best));
}

function corpusJobs(wanted: string[]): Job[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".py"))
    .map((f) => f.slice(0, -3))
    .filter((n) => wanted.length === 0 || wanted.includes(n))
    .sort()
    .map((n) => ({ cwd: CORPUS, file: `${n}.py`, out: join(CORPUS, `${n}.json`) }));
}

/** The programs lessons show with `<Example>` (quiz programs and exercises are checked elsewhere). */
function lessonJobs(wanted: string[]): Job[] {
  return loadLessons(LESSONS).flatMap((lesson) =>
    lesson.examples
      .filter((file) => wanted.length === 0 || wanted.includes(file))
      .map((file) => ({
        cwd: join(LESSONS, lesson.dir),
        file,
        out: join(LESSON_RECORDINGS, lesson.dir, file.replace(/\.py$/, ".json")),
      })),
  );
}

async function main() {
  const args = process.argv.slice(2);
  const lessons = args.includes("--lessons");
  const wanted = args.filter((a) => !a.startsWith("--"));
  const jobs = lessons ? lessonJobs(wanted) : corpusJobs(wanted);
  const version = await new Promise<string>((resolve) => {
    const p = spawn(PYTHON, ["-c", "import sys; print(sys.version.split()[0])"]);
    let out = "";
    p.stdout.on("data", (b: Buffer) => (out += b.toString()));
    p.on("close", () => resolve(out.trim()));
  });
  console.log(`recording ${jobs.length} programs with ${PYTHON} (${version})`);
  const results: CorpusExpectation[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await bestOf(jobs[i]!, version);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  jobs.forEach((job, i) => {
    const r = results[i]!;
    mkdirSync(dirname(job.out), { recursive: true });
    writeFileSync(job.out, JSON.stringify(r, null, 2) + "\n");
    const shown = job.out
      .slice((lessons ? LESSON_RECORDINGS : CORPUS).length)
      .replace(/\.json$/, "");
    console.log(`${shown.padEnd(48)} exit ${r.exitCode}  ${r.elapsed.toFixed(2)} s`);
  });
}

await main();
