import type { RunError } from "./trace";

/**
 * The status a shell would see for a program that called `sys.exit(...)`, or null for any other
 * error. (`sys.exit("message")` prints the message and exits with status 1, as in CPython.)
 */
export function exitStatus(error: RunError | null): string | null {
  if (error?.type !== "SystemExit") return null;
  return /^-?\d+$/.test(error.message) ? error.message : "1";
}
