/**
 * Writes brotli (.br) and gzip (.gz) copies of every compressible file in out/ (after `next build`),
 * as a good static host serves them: `npm start` (scripts/serve.mjs) sends them to browsers that
 * accept them, and hosts such as nginx (`gzip_static`, `brotli_static`) can do the same.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const OUT = "out";
const COMPRESSIBLE = /\.(html|txt|js|mjs|css|json|svg|webmanifest|py|wasm|map)$/;
/** Brotli's best level is slow on Pyodide's 10 MB WebAssembly; past this size a faster level. */
const BIG = 1024 * 1024;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

let before = 0;
let after = 0;
for (const file of files(OUT)) {
  const data = readFileSync(file);
  const quality = statSync(file).size > BIG ? 9 : 11;
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  // A copy that saves nothing is not worth a request header check.
  if (br.length >= data.length * 0.95) continue;
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  before += data.length;
  after += br.length;
}
console.log(
  `compressed: ${(before / 1024 / 1024).toFixed(1)} MB of text and WebAssembly → ${(after / 1024 / 1024).toFixed(1)} MB brotli`,
);
