// Puts what the browser runtime fetches into public/ before `next dev` / `next build`:
// Pyodide's browser files (served from our own origin, never a CDN) and the course's Python
// package as one JSON bundle the worker installs into Pyodide's file system.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readPythonSources } from "../lib/runtime/python-sources";
import type { EngineBundle } from "../lib/runtime/protocol";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

// Only what a browser needs: the package also ships Node builds, source maps and demo consoles.
const PYODIDE_FILES = [
  "pyodide.mjs",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];

function copyPyodide(): void {
  const source = dirname(require.resolve("pyodide/package.json"));
  const target = join(root, "public", "pyodide");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of PYODIDE_FILES) copyFileSync(join(source, name), join(target, name));
  const bytes = PYODIDE_FILES.reduce((sum, name) => sum + statSync(join(target, name)).size, 0);
  console.log(`prepare-public: pyodide → public/pyodide/ (${(bytes / 1e6).toFixed(1)} MB)`);
}

function writeEngineBundle(): void {
  const files = readPythonSources();
  // Sorted keys make the hash depend on content only, not on directory listing order.
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  const version = createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 12);
  const pyodide = (require("pyodide/package.json") as { version: string }).version;
  const bundle: EngineBundle = { version, pyodide, files: sorted };
  const target = join(root, "public", "runtime");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, "engine.json"), JSON.stringify(bundle));
  console.log(
    `prepare-public: ${Object.keys(sorted).length} Python files → public/runtime/engine.json (${version})`,
  );
}

copyPyodide();
writeEngineBundle();
