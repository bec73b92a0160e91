/**
 * The framework floor for the "JS before interaction" figure: the smallest page Next + React can
 * ship, built the way the course is built (the same installed next, react and react-dom, Turbopack,
 * `output: "export"`, trailing slashes) from a two-file app written into bench-results/ (ignored by
 * git, lint and types). Rebuilt only when those versions change.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { root } from "./bench-support";

const DIR = path.join(root, "bench-results", "framework-floor");

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ private: true, type: "module" }, null, 2),
  // Our next.config.ts without MDX; the root is the course's, where node_modules is.
  "next.config.mjs": `export default {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  turbopack: { root: ${JSON.stringify(root)} },
};
`,
  "app/layout.jsx": `export const metadata = { title: "floor" };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export default function Page() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>A bare Next + React page.</p>
    </main>
  );
}
`,
};

function versions(): string {
  const require = createRequire(path.join(root, "package.json"));
  const names = ["next", "react", "react-dom"];
  return names
    .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
    .join(" ");
}

/** Builds the floor app if needed; returns its exported directory (holds index.html). */
export function buildFrameworkFloor(): string {
  const out = path.join(DIR, "out");
  const stamp = path.join(DIR, "built-with.txt");
  const wanted = versions();
  const source = JSON.stringify(FILES);
  const stamped = `${wanted}\n${source}`;
  if (existsSync(path.join(out, "index.html")) && existsSync(stamp)) {
    if (readFileSync(stamp, "utf8") === stamped) return out;
  }
  rmSync(DIR, { recursive: true, force: true });
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(DIR, name)), { recursive: true });
    writeFileSync(path.join(DIR, name), text);
  }
  const next = createRequire(path.join(root, "package.json")).resolve("next/dist/bin/next");
  const built = spawnSync(process.execPath, [next, "build", DIR], {
    cwd: DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (built.status !== 0 || !existsSync(path.join(out, "index.html"))) {
    throw new Error(`framework floor build failed:\n${built.stdout}\n${built.stderr}`);
  }
  writeFileSync(stamp, stamped);
  return out;
}
