"use client";

import { useSyncExternalStore } from "react";
import { getProgressStore, type SaveState } from "@/lib/progress/store";

const subscribe = (listener: () => void) => getProgressStore().subscribe(listener);
const read = () => getProgressStore().saving();
const onServer = (): SaveState => "saved";

/** Whether progress is being kept (see `SaveState`); re-renders when that changes. */
export function useSaveState(): SaveState {
  return useSyncExternalStore(subscribe, read, onServer);
}
