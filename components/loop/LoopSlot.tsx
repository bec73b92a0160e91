"use client";

import dynamic from "next/dynamic";
import type { TaskLine } from "@/lib/loop/state";
import type { RunResult } from "@/lib/runtime/trace";

// Like the timeline, the loop view is drawn only after a run: its code stays out of the page's
// first JavaScript and loads in its own chunk.
const LoopView = dynamic(() => import("./LoopView"));

export interface LoopSlotProps {
  result: RunResult | null;
  now: number | null;
  onSeek(t: number): void;
  onTaskLines?(lines: TaskLine[] | null): void;
}

/** The "Event loop" region under a run's timeline (examples and the playground). */
export function LoopSlot({ result, now, onSeek, onTaskLines }: LoopSlotProps) {
  if (!result?.trace.loop) return null;
  return <LoopView result={result} now={now} onSeek={onSeek} onTaskLines={onTaskLines} />;
}
