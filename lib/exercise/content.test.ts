import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentReport } from "@/scripts/check-exercises";

// Through the CLI runner, as CI runs it: every solution must pass, every starter must fail, and
// every program-based quiz question must agree with the engine.
function runCli(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join("scripts", "check-exercises.ts"), ...args],
    { encoding: "utf8", timeout: 120_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixtures = path.join("lib", "exercise", "fixtures");

describe("course exercises and quizzes (scripts/check-exercises.ts)", () => {
  it("every solution passes its checks, every starter fails one, every quiz program agrees", () => {
    const { code, stdout, stderr } = runCli("--json");
    expect(stderr).toBe("");
    const report = JSON.parse(stdout) as ContentReport;
    const problems = [
      ...report.exercises.flatMap((e) => e.problems.map((p) => `${e.where}: ${p}`)),
      ...report.questions.flatMap((q) => q.problems.map((p) => `${q.where} ${q.id}: ${p}`)),
    ];
    expect(problems).toEqual([]);
    expect(code).toBe(0);
    // Lessons 03-07 each have at least one exercise.
    for (const lesson of ["03", "04", "05", "06", "07"]) {
      expect(report.exercises.some((e) => e.where.includes(`/lessons/${lesson}-`))).toBe(true);
    }
    for (const exercise of report.exercises) {
      expect(exercise.solutionFailures, exercise.where).toEqual([]);
      expect(exercise.starterFailures.length, exercise.where).toBeGreaterThan(0);
    }
  });

  it("rejects an exercise whose starter already passes", () => {
    const { code, stdout } = runCli("--json", `--root=${path.join(fixtures, "starter-passes")}`);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as ContentReport;
    expect(report.exercises).toHaveLength(1);
    // Virtual time includes the real time Python spends computing: 5 s of sleeps can read 5.01 s.
    const [solution, starter, ...rest] = report.exercises[0]!.problems;
    expect(solution).toMatch(
      /^solution\.py fails its checks: Finishes within 2 s of virtual time\. It took 5(\.0\d)? s\.$/,
    );
    expect(starter).toBe("starter.py already passes every check");
    expect(rest).toEqual([]);
  });

  it("names the file when checks.json is broken", () => {
    const { code, stderr } = runCli(`--root=${path.join(fixtures, "bad-checks")}`);
    expect(code).toBe(1);
    expect(stderr).toContain("01-typo/exercises/typo/checks.json");
  });
});
