"use client";

import { lazyWhenNear } from "@/components/lazy/lazyWhenNear";

/** Exercises follow the lesson's text: their code loads when the reader gets there. */
export const ExerciseViewWhenNear = lazyWhenNear(
  () => import("./ExerciseView").then((m) => m.ExerciseView),
  typeof window === "undefined"
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- server-only branch
      (require("./ExerciseView") as typeof import("./ExerciseView")).ExerciseView
    : undefined,
);
