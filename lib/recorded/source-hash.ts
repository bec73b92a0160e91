import { createHash } from "node:crypto";

/** The hash a recording stores of its program (trailing newlines aside, as the page shows it). */
export function sourceHash(code: string): string {
  return createHash("sha256").update(code.replace(/\n+$/, "")).digest("hex");
}
