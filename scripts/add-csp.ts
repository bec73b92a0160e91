// After `next build`: gives every exported HTML page a <meta> Content-Security-Policy that allows
// exactly the inline scripts it holds, by hash (a static export cannot use nonces). Must run before
// anything that compresses or fingerprints out/ (the pages change here).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withPolicyMeta } from "@/lib/csp/inline-scripts";
import { pagePolicy } from "./csp-policy.mjs";

const root = process.argv[2] ?? "out";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}

const files = htmlFiles(root);
for (const file of files) {
  try {
    writeFileSync(file, withPolicyMeta(readFileSync(file, "utf8"), pagePolicy));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}
console.log(`add-csp: ${files.length} pages in ${root}/ carry a Content-Security-Policy`);
