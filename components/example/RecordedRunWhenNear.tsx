"use client";

import { lazyWhenNear } from "@/components/lazy/lazyWhenNear";

/**
 * A recorded run: the server renders it whole (output and timeline, readable without JavaScript);
 * its code (the timeline's) loads when the reader comes near it.
 */
export const RecordedRunWhenNear = lazyWhenNear(
  () => import("./RecordedRun").then((m) => m.RecordedRun),
  typeof window === "undefined"
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- server-only branch
      (require("./RecordedRun") as typeof import("./RecordedRun")).RecordedRun
    : undefined,
);
