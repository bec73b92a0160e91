/** The `npm run py` CLI (scripts/py.ts): output, exit codes, --json, and stopping a busy loop. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "py-cli-"));

function py(code: string, ...args: string[]) {
  const file = join(dir, "prog.py");
  writeFileSync(file, code);
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/py.ts", file, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm run py", () => {
  it("--json prints exactly one JSON object with stdout, stderr, error, elapsed and trace", () => {
    const r = py(
      `import asyncio\n\nasync def f(n):\n    await asyncio.sleep(n)\n    print(n)\n\n` +
        `async def main():\n    await asyncio.gather(f(2), f(1))\n    raise ValueError("late")\n\n` +
        `asyncio.run(main())\n`,
      "--json",
    );
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.stdout).toBe("1\n2\n");
    expect(out.error).toMatchObject({ type: "ValueError", message: "late", line: 9 });
    expect(out.stderr).toContain('File "prog.py", line 9, in main');
    expect(Math.abs(out.elapsed - 2)).toBeLessThan(0.05);
    expect(out.trace.tasks).toHaveLength(3);
  });

  it("streams plain output and stops `while True: pass` after --timeout with exit code 2", () => {
    const r = py(`print("spinning", flush=True)\nwhile True:\n    pass\n`, "--timeout=2");
    expect(r.stdout).toBe("spinning\n");
    expect(r.stderr).toContain("stopped: the run was interrupted");
    expect(r.status).toBe(2);
  });

  it("stops a loop whose interrupt was swallowed by a __del__, without showing engine frames", () => {
    const r = py(
      `print("spinning", flush=True)\n\nclass Stubborn:\n    def __del__(self):\n` +
        `        while True:\n            pass\n\nStubborn()\nwhile True:\n    pass\n`,
      "--timeout=2",
    );
    expect(r.stdout).toBe("spinning\n");
    expect(r.stderr).toContain("stopped: the run was interrupted");
    expect(r.stderr).not.toContain("asyncio_live");
    expect(r.stderr).not.toContain("ignored the interrupt");
    expect(r.status).toBe(2);
  });

  it("stops a __del__ that starts spinning while the stop unwinds the program", () => {
    // The stop lands in spin(); unwinding frees the half-built tuple, whose __del__ then spins
    // after the press was spent: only a second press ends it.
    const r = py(
      `print("spinning", flush=True)\n\nclass Stubborn:\n    def __del__(self):\n` +
        `        while True:\n            pass\n\ndef spin():\n    while True:\n        pass\n\n` +
        `pair = (Stubborn(), spin())\n`,
      "--timeout=1",
    );
    expect(r.stdout).toBe("spinning\n");
    expect(r.stderr).toContain("stopped: the run was interrupted");
    expect(r.stderr).not.toContain("ignored the interrupt");
    expect(r.status).toBe(2);
  });

  it("ends the worker of a program that ignores the interrupt", () => {
    const r = py(
      `print("stubborn", flush=True)\nwhile True:\n    try:\n        while True:\n` +
        `            pass\n    except BaseException:\n        pass\n`,
      "--timeout=2",
    );
    expect(r.stdout).toBe("stubborn\n");
    expect(r.stderr).toContain("ignored the interrupt for 3 s, so its worker was ended");
    expect(r.status).toBe(2);
  });
});
