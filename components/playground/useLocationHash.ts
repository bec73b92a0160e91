"use client";

import { useSyncExternalStore } from "react";

// The fragment as of page load or the last hashchange event. Writing a new share link with
// history.replaceState fires no event, so sharing does not reload the program being edited.
let seen: string | null = null;
/** hashchange events since the page loaded: a new link opened in the same page. */
let changes = 0;
const listeners = new Set<() => void>();

function onHashChange() {
  seen = location.hash;
  changes += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener("hashchange", onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("hashchange", onHashChange);
  };
}

const snapshot = () => (seen ??= location.hash);
const serverSnapshot = () => "";

/** `location.hash` as the reader navigated to it ("" while rendering on the server). */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

/**
 * How many times the reader opened another link in this page (0 until then, and while hydrating).
 * Not the hash itself: it is "" while hydrating (the server knows none) and the link's right after,
 * and keying on it remounted the playground then, dropping a Run pressed in between.
 */
export function useHashChanges(): number {
  return useSyncExternalStore(
    subscribe,
    () => changes,
    () => 0,
  );
}
