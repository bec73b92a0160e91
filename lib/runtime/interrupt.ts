/** Pressing Stop: a signal written into the interrupt buffer Pyodide polls (slot 0). */

/** POSIX SIGINT, the first press: Pyodide raises it in Python when it reads this value. Like
 * Ctrl+C, it cancels the main task of `asyncio.run` (see lib/runtime/python/asyncio_live/stop.py). */
export const SIGINT = 2;
/** POSIX SIGTERM, the second press: stops the program at once, like a second Ctrl+C. */
export const HARD_STOP = 15;
/** How often a press Python consumed is repeated while the run goes on. */
export const REPRESS_MS = 100;
/** Wall time a cancelled program gets to run its cleanup before the repeated presses stop it
 * outright. Must match GRACE in stop.py. */
export const STOP_GRACE_MS = 1000;

/**
 * Presses Stop, and presses again each time Python consumed the press but the run goes on, until
 * the returned function is called. CPython under Emscripten now and then consumes a press without
 * running the SIGINT handler: 1 run in 20 to 40 that spins inside a `__del__` on a loaded 2-core
 * machine (never in 40 plain loops), and the program would then spin until the worker is ended.
 * Pressing again is safe: the engine drops presses that come after the program, and repeats that
 * come while a cancelled program cleans up (stop.py).
 */
export function pressStop(
  buffer: Int32Array,
  signal: number = SIGINT,
  everyMs = REPRESS_MS,
): () => void {
  Atomics.store(buffer, 0, signal);
  const timer = setInterval(() => Atomics.compareExchange(buffer, 0, 0, signal), everyMs);
  return () => clearInterval(timer);
}
