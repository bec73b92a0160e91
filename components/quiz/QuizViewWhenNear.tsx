"use client";

import { lazyWhenNear } from "@/components/lazy/lazyWhenNear";

/** The quiz sits at the end of a lesson: its code loads when the reader gets there. */
export const QuizViewWhenNear = lazyWhenNear(
  () => import("./QuizView").then((m) => m.QuizView),
  typeof window === "undefined"
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- server-only branch
      (require("./QuizView") as typeof import("./QuizView")).QuizView
    : undefined,
);
