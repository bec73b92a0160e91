// Puts what the browser runtime fetches into public/ before `next dev` / `next build`:
// Pyodide's browser files (served from our own origin, never a CDN), the course's Python
// package as one JSON bundle the worker installs into Pyodide's file system, and the worker
// itself, bundled here as a real module worker (Turbopack would start it as a classic one).
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { build, type BuildResult, type PluginBuild } from "esbuild";
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

/**
 * lib/runtime/worker.ts → public/runtime/python-worker-HASH.js, the engine glue it imports once
 * Pyodide downloads → python-engine-HASH.js, and worker.json naming the worker for the page's head
 * (components/runtime/PythonWorkerBoot.tsx). Two builds rather than esbuild's code splitting: the
 * worker then has no static import, whose fetch would wait for the page's busy main thread.
 */
async function bundleWorker(): Promise<void> {
  const target = join(root, "public", "runtime");
  const common = {
    outdir: target,
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2022",
    entryNames: "[name]-[hash]",
    metafile: true,
    logLevel: "warning",
  } as const;
  const outputName = (result: BuildResult<{ metafile: true }>) => {
    const path = Object.keys(result.metafile.outputs)[0]!;
    return path.slice(path.lastIndexOf("/") + 1);
  };
  const engine = outputName(
    await build({
      ...common,
      entryPoints: { "python-engine": join(root, "lib", "runtime", "engine.ts") },
    }),
  );
  const worker = outputName(
    await build({
      ...common,
      entryPoints: { "python-worker": join(root, "lib", "runtime", "worker.ts") },
      plugins: [
        {
          name: "engine-chunk",
          setup(builder: PluginBuild) {
            builder.onResolve({ filter: /^\.\/engine$/ }, () => ({
              path: `./${engine}`,
              external: true,
            }));
          },
        },
      ],
    }),
  );
  const script = `/runtime/${worker}`;
  writeFileSync(join(target, "worker.json"), JSON.stringify({ script }));
  const kb = (name: string) => (statSync(join(target, name)).size / 1024).toFixed(0);
  console.log(
    `prepare-public: Python worker → ${script} (${kb(worker)} KB; engine glue ${kb(engine)} KB)`,
  );
}

function writeEngineBundle(): void {
  const files = readPythonSources();
  // Sorted keys make the hash depend on content only, not on directory listing order.
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  const version = createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 12);
  const bundle: EngineBundle = { version, files: sorted };
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
await bundleWorker();
