"use client";

import { useSyncExternalStore } from "react";
import { emptyProgress, getProgressStore, type Progress } from "@/lib/progress/store";

const subscribe = (listener: () => void) => getProgressStore().subscribe(listener);
const read = () => getProgressStore().get();
// The static HTML knows nothing of the reader: it renders as a first visit, then hydrates.
const NOTHING = emptyProgress();
const onServer = () => NOTHING;

/** The reader's progress; re-renders when it changes (also from another tab). */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, read, onServer);
}
