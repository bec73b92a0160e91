/**
 * What stays the same between CPython 3.13 (which records the expected output here) and Pyodide's
 * 3.14: not object addresses, where the standard library lives and its line numbers, nor a measured
 * duration's last digit (CPython's `time.sleep(0.2)` took 0.202 s; the engine's takes 0.200 exactly).
 * Used by the corpus and lesson-example tests.
 */
export function comparableStderr(text: string): string {
  return text
    .replace(/\b0x[0-9a-f]+\b/g, "0x…")
    .replace(/(?:\/[\w.+-]+)+\/asyncio\/(\w+\.py):\d+/g, "asyncio/$1:…")
    .replace(/\btook (\d+\.\d\d)\d seconds\b/g, "took $1… seconds");
}
