/** Pressing Stop: SIGINT written into the interrupt buffer Pyodide polls (slot 0). */

/** POSIX SIGINT: Pyodide raises it in Python when it reads this value from the buffer. */
export const SIGINT = 2;
/** How often a press Python consumed is repeated while the run goes on. */
export const REPRESS_MS = 100;

/**
 * Presses Stop, and presses again each time Python consumed the press but the run goes on, until
 * the returned function is called. CPython under Emscripten now and then consumes a press without
 * running the SIGINT handler: 1 run in 20 to 40 that spins inside a `__del__` on a loaded 2-core
 * machine (never in 40 plain loops), and the program would then spin until the worker is ended.
 * Pressing again is safe: the engine drops presses that come after the program (stop.py).
 */
export function pressStop(buffer: Int32Array, everyMs = REPRESS_MS): () => void {
  Atomics.store(buffer, 0, SIGINT);
  const timer = setInterval(() => Atomics.compareExchange(buffer, 0, 0, SIGINT), everyMs);
  return () => clearInterval(timer);
}
