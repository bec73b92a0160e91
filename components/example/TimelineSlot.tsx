"use client";

import type { RunResult } from "@/lib/runtime/trace";

export interface TimelineSlotProps {
  result: RunResult | null;
  /** The replay clock, in virtual seconds. */
  now: number | null;
  onSeek(t: number): void;
  /** The editor line to highlight for the playhead or a clicked bar. */
  onLineFocus(line: number | null): void;
}

/**
 * Where the run's timeline goes (issue 5 builds it in components/timeline). Until it lands this
 * renders nothing; the example already provides everything it needs.
 */
export function TimelineSlot(props: TimelineSlotProps) {
  void props;
  return null;
}
