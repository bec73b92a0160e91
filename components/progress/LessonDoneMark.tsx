"use client";

import { isLessonDone, type LessonRequirements } from "@/lib/progress/completion";
import { useProgress } from "./useProgress";

interface Props {
  slug: string;
  practice: LessonRequirements;
  className?: string;
}

/** A check mark beside a lesson the reader has completed. */
export function LessonDoneMark({ slug, practice, className = "" }: Props) {
  const progress = useProgress();
  if (!isLessonDone(progress, slug, practice)) return null;
  return (
    <span
      data-lesson-done={slug}
      className={`inline-flex shrink-0 items-center text-emerald-700 dark:text-emerald-400 ${className}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.25"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="m4.5 10.5 3.5 3.5 7.5-8" />
      </svg>
      <span className="sr-only">(completed)</span>
    </span>
  );
}
