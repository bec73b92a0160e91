/**
 * Re-records tests/corpus/*.json from real CPython: `npm run corpus:record [-- NAME ...]`.
 *
 * Each program runs in its own CPython process (a few at once: they mostly sleep). The harness times
 * the program itself (not interpreter start-up) and writes the elapsed seconds to fd 3, so stdout and
 * stderr stay exactly what the program printed. Paths in stderr are shortened to the file name, the
 * way the engine names the file.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CORPUS = fileURLToPath(new URL("../tests/corpus/", import.meta.url));
const PY313 = "/root/.pyenv/versions/3.13.0/bin/python3.13";
const PYTHON = existsSync(PY313) ? PY313 : "python3";

const PARALLEL = 8;

const HARNESS = `
import atexit, os, sys, time
import asyncio, concurrent.futures  # imported before timing: start-up is not the program's time
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

function record(name: string, version: string): Promise<CorpusExpectation> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ["-c", HARNESS, `${name}.py`], {
      cwd: CORPUS,
      stdio: ["ignore", "pipe", "pipe", "pipe"],
      env: { ...process.env, PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" },
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
      if (!Number.isFinite(seconds)) return reject(new Error(`${name}: no timing recorded`));
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

async function main() {
  const wanted = process.argv.slice(2);
  const names = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".py"))
    .map((f) => f.slice(0, -3))
    .filter((n) => wanted.length === 0 || wanted.includes(n))
    .sort();
  const version = await new Promise<string>((resolve) => {
    const p = spawn(PYTHON, ["-c", "import sys; print(sys.version.split()[0])"]);
    let out = "";
    p.stdout.on("data", (b: Buffer) => (out += b.toString()));
    p.on("close", () => resolve(out.trim()));
  });
  console.log(`recording ${names.length} programs with ${PYTHON} (${version})`);
  const results: CorpusExpectation[] = new Array(names.length);
  let next = 0;
  const lane = async () => {
    while (next < names.length) {
      const i = next++;
      results[i] = await record(names[i]!, version);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  names.forEach((name, i) => {
    const r = results[i]!;
    writeFileSync(join(CORPUS, `${name}.json`), JSON.stringify(r, null, 2) + "\n");
    console.log(`${name.padEnd(36)} exit ${r.exitCode}  ${r.elapsed.toFixed(2)} s`);
  });
}

await main();
