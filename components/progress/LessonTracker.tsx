"use client";

import { useEffect } from "react";
import { getProgressStore, type LessonRequirements } from "@/lib/progress/store";

interface Props {
  slug: string;
  practice: LessonRequirements;
}

/** Records the visit, and marks the lesson completed once its quiz and exercises are done. */
export function LessonTracker({ slug, practice }: Props) {
  useEffect(() => {
    const store = getProgressStore();
    store.visitLesson(slug);
    // A lesson with nothing to answer counts as completed once read.
    store.completeLessonIfDone(slug, practice);
    return store.subscribe(() => store.completeLessonIfDone(slug, practice));
  }, [slug, practice]);
  return null;
}
