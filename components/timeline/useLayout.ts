"use client";

import { useEffect, useMemo, useState } from "react";
import type { RunResult } from "@/lib/runtime/trace";
import { LANES_PER_SLICE, layoutSlices, layoutTimeline, type TimelineLayout } from "@/lib/timeline";

/** Lets the browser handle input (and paint) before the next slice. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const optionsOf = (result: RunResult, total: number) => ({
  error: result.error,
  limit: result.limit,
  total,
});

/**
 * The timeline's layout of `result`: made at once for ordinary runs; for a run with more tasks
 * than one slice, made in slices between which the page stays responsive (null until done).
 */
export function useLayout(result: RunResult | null | undefined, total: number) {
  const large = (result?.trace.tasks.length ?? 0) > LANES_PER_SLICE;
  const now = useMemo(
    () => (result && !large ? layoutTimeline(result.trace, optionsOf(result, total)) : null),
    [result, total, large],
  );
  const [later, setLater] = useState<{
    result: RunResult;
    total: number;
    layout: TimelineLayout;
  } | null>(null);
  useEffect(() => {
    if (!result || !large) return;
    let cancelled = false;
    void (async () => {
      const slices = layoutSlices(result.trace, optionsOf(result, total));
      for (;;) {
        await yieldToMain();
        if (cancelled) return;
        const next = slices.next();
        if (next.done) {
          setLater({ result, total, layout: next.value });
          return;
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [result, total, large]);
  if (!large) return now;
  return later && later.result === result && later.total === total ? later.layout : null;
}
