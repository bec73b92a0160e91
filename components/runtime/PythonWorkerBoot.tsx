import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workerBootScript } from "@/lib/runtime/client";

/** Written by scripts/prepare-public.ts next to the worker it names. */
const MANIFEST = join(process.cwd(), "public", "runtime", "worker.json");

/**
 * For `<head>`: starts the Python worker while the page's HTML is parsed (see workerBootScript).
 * Rendered at build time; the worker's file name carries a content hash.
 */
export function PythonWorkerBoot() {
  const { script } = JSON.parse(readFileSync(MANIFEST, "utf8")) as { script: string };
  return <script dangerouslySetInnerHTML={{ __html: workerBootScript(script) }} />;
}
