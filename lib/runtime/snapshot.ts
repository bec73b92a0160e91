/**
 * Python's memory, kept in this browser between visits: the first visit loads Pyodide as usual and,
 * before any reader's program runs, saves a snapshot of its WebAssembly memory (engine installed and
 * warmed up, see worker.ts) in Cache Storage; later visits restore it instead of booting the interpreter (measured 0.14–0.19× the time
 * of a plain start here). Made in the reader's own browser because a snapshot only works in the
 * engine that made it (one made in Node loses stack switching in Chromium) and is 31 MB: shipping
 * it to first-time visitors would cost more download than it saves.
 *
 * Any problem (no Cache Storage, a quota error, an entry from another Pyodide or engine, a restore
 * that fails) means a plain start, and the bad entry is deleted: never an error for the reader.
 */

export const SNAPSHOT_CACHE = "asyncio-live-python-snapshot";

/** The entry for this Pyodide and this engine: any other entry is stale. */
export function snapshotKey(origin: string, pyodideVersion: string, engineVersion: string): string {
  return `${origin}/__python-snapshot__/${pyodideVersion}/${engineVersion}`;
}

function cacheStorage(): CacheStorage | null {
  try {
    return typeof caches === "undefined" ? null : caches;
  } catch {
    return null;
  }
}

/** The stored snapshot's bytes, or null (none, or Cache Storage unavailable). */
export async function readSnapshot(key: string): Promise<ArrayBuffer | null> {
  const storage = cacheStorage();
  if (!storage) return null;
  try {
    const cache = await storage.open(SNAPSHOT_CACHE);
    const response = await cache.match(key);
    return response ? await response.arrayBuffer() : null;
  } catch {
    return null;
  }
}

/** Stores the snapshot as the only entry (older Pyodides' and engines' are dropped). */
export async function writeSnapshot(key: string, bytes: Uint8Array): Promise<boolean> {
  const storage = cacheStorage();
  if (!storage) return false;
  try {
    const cache = await storage.open(SNAPSHOT_CACHE);
    for (const request of await cache.keys()) {
      if (request.url !== key) await cache.delete(request);
    }
    const body = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/octet-stream" });
    await cache.put(key, new Response(body));
    return true;
  } catch {
    // A full quota or private mode: the next visit simply starts the usual way.
    return false;
  }
}

export async function deleteSnapshot(key: string): Promise<void> {
  try {
    await (await cacheStorage()?.open(SNAPSHOT_CACHE))?.delete(key);
  } catch {
    // Nothing more to do: the next restore fails the same way and deletes again.
  }
}
