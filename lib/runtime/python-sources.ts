/** Node-only: the engine's Python package read from disk as `{ "asyncio_live/x.py": source }`. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const PYTHON_ROOT = fileURLToPath(new URL("./python/", import.meta.url));

export function readPythonSources(root: string = PYTHON_ROOT): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "__pycache__") walk(path);
      } else if (entry.name.endsWith(".py")) {
        files[relative(root, path).split(sep).join("/")] = readFileSync(path, "utf8");
      }
    }
  };
  walk(root);
  return files;
}
