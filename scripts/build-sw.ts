/**
 * Builds out/sw.js after `next build` (npm's postbuild): bundles lib/offline/sw.ts with esbuild, then
 * @serwist/build injects every exported file (with a content revision) as the precache list.
 */
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";

const OUT = "out";
/** Pyodide's WebAssembly is ~10 MB: the whole point is to keep it. */
const MAX_FILE = 16 * 1024 * 1024;

const bundled = path.join(tmpdir(), `asyncio-live-sw-${process.pid}.js`);
await build({
  entryPoints: ["lib/offline/sw.ts"],
  bundle: true,
  format: "iife",
  minify: true,
  target: ["chrome111", "firefox111", "safari16"],
  outfile: bundled,
  logLevel: "warning",
});

const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: path.join(OUT, "sw.js"),
  globDirectory: OUT,
  globPatterns: ["**/*.{html,txt,js,mjs,css,json,wasm,zip,py,svg,png,ico,webmanifest,woff2}"],
  // Precompressed copies are the same files; the 404 page is served for unknown paths, not cached.
  globIgnores: ["sw.js", "**/*.{br,gz}", "bench/**"],
  maximumFileSizeToCacheInBytes: MAX_FILE,
  // Hashed Next assets need no revision: their name changes with their content.
  dontCacheBustURLsMatching: /^_next\/static\//,
});
rmSync(bundled, { force: true });
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB)`);
