// localStorage that never throws: private modes, full quotas and disabled storage just mean
// nothing is remembered. Keys carry a version so a later format can ignore old entries.

const PREFIX = "asyncio-live:v1:";

export function storageKey(...parts: string[]): string {
  return PREFIX + parts.join(":");
}

function store(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function readString(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false when the value could not be saved. */
export function writeString(key: string, value: string): boolean {
  try {
    const storage = store();
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function remove(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}

/** Where a lesson example's edited code is kept. */
export function exampleCodeKey(lessonSlug: string, file: string): string {
  return storageKey("code", lessonSlug, file);
}
