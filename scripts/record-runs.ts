/**
 * Records every lesson example's and playground starter's run with the course's engine:
 *   npm run record [-- PART ...]     (only programs whose id contains a PART, e.g. 04-gather)
 *
 * Writes content/lessons/<dir>/recorded/<name>.json and components/playground/starters/recorded/
 * <id>.json. Each program runs several times in one Pyodide (as the tests run it, with memory laid
 * out differently, as on a device four times slower); what differs is marked as varying
 * (lib/recorded/record.ts). Run it after changing an example, the engine, or the trace format:
 * `npm test` fails while a recording differs from what the engine produces. A stored recording that
 * the new one agrees with (only what it marks as varying differs) is kept, so an unchanged program
 * leaves no diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { agrees } from "../lib/recorded/compare";
import { parseRecording, serializeRecording, type Recording } from "../lib/recorded/format";
import { recordedPrograms } from "../lib/recorded/programs";
import { recordProgram } from "../lib/recorded/record";
import { createNodeEngine } from "../lib/runtime/node-runtime";

const parts = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const programs = recordedPrograms().filter(
  ({ id }) => parts.length === 0 || parts.some((part) => id.includes(part)),
);
if (programs.length === 0) {
  console.error(`no program's id contains ${parts.join(" or ")}`);
  process.exit(64);
}

/** The stored recording, or null when there is none or it is not of this format. */
function stored(file: string): Recording | null {
  if (!existsSync(file)) return null;
  try {
    return parseRecording(readFileSync(file, "utf8"), file);
  } catch {
    return null;
  }
}

const started = performance.now();
const engine = await createNodeEngine();
let total = 0;
let kept = 0;
for (const program of programs) {
  const code = readFileSync(program.source, "utf8");
  const recording = recordProgram(engine, code, program.options);
  const old = stored(program.recording);
  const keep = old !== null && agrees(old, recording);
  const text = serializeRecording(keep ? old : recording);
  if (keep) kept++;
  else {
    mkdirSync(path.dirname(program.recording), { recursive: true });
    writeFileSync(program.recording, text);
  }
  const gzip = gzipSync(text).length;
  total += gzip;
  const note = !recording.shown
    ? "not shown: runs differ in shape"
    : recording.varies
      ? `varies (${recording.varies.parts.length} output parts${recording.varies.trace ? ", trace" : ""}${recording.varies.computing ? ", computing" : ""})`
      : "";
  console.log(`${program.id.padEnd(58)} ${String(gzip).padStart(6)} B gzip  ${note}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${programs.length} recorded in ${seconds} s (${kept} unchanged, kept), ${(total / 1024).toFixed(1)} KiB gzip in all`,
);
