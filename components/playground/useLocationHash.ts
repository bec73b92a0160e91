"use client";

import { useSyncExternalStore } from "react";

// The fragment as of page load or the last hashchange event. Writing a new share link with
// history.replaceState fires no event, so sharing does not reload the program being edited.
let seen: string | null = null;
const listeners = new Set<() => void>();

function onHashChange() {
  seen = location.hash;
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
