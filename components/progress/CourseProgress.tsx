"use client";

import Link from "next/link";
import { useState } from "react";
import { lessonHref } from "@/components/lessons/lessonHref";
import { getProgressStore } from "@/lib/progress/store";
import { useProgress } from "./useProgress";

interface Props {
  lessons: { number: number; slug: string; title: string }[];
}

/** The home page's summary of the reader's progress, with "continue" and a guarded reset. */
export function CourseProgress({ lessons }: Props) {
  const progress = useProgress();
  const [confirming, setConfirming] = useState(false);
  const done = lessons.filter((lesson) => progress.lessons[lesson.slug]?.completedAt).length;
  const last = lessons.find((lesson) => lesson.slug === progress.lastLesson);
  const started = last !== undefined || Object.keys(progress.quiz).length > 0 || done > 0;
  if (!started) return null;

  const answered = Object.values(progress.quiz).filter((answer) => answer.correct).length;
  const solved = Object.keys(progress.exercises).length;
  const percent = lessons.length === 0 ? 0 : Math.round((done / lessons.length) * 100);

  return (
    <section
      aria-labelledby="progress-heading"
      data-course-progress
      className="mb-10 rounded-xl border border-zinc-200 bg-white p-5 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900/40"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <h2
          id="progress-heading"
          className="text-lg font-semibold tracking-tight text-zinc-950 dark:text-white"
        >
          Your progress
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {answered} {answered === 1 ? "question" : "questions"} right · {solved}{" "}
          {solved === 1 ? "exercise" : "exercises"} solved
        </p>
      </div>
      <p className="mt-3 text-zinc-800 dark:text-zinc-200" data-lessons-done={done}>
        {done} of {lessons.length} lessons completed
      </p>
      <div
        role="progressbar"
        aria-label="Lessons completed"
        aria-valuemin={0}
        aria-valuemax={lessons.length}
        aria-valuenow={done}
        className="mt-2 h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div className="h-full rounded-full bg-emerald-600" style={{ width: `${percent}%` }} />
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        {last ? (
          <Link href={lessonHref(last.slug)} className="button-primary">
            Continue with lesson {last.number}: {last.title}
            <span aria-hidden="true">→</span>
          </Link>
        ) : null}
        {confirming ? (
          <span
            role="group"
            aria-label="Confirm reset"
            className="flex flex-wrap items-center gap-2"
          >
            <span className="text-sm text-zinc-800 dark:text-zinc-200">
              Forget all answers and solved exercises?
            </span>
            <button
              type="button"
              className="rounded-md bg-rose-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-rose-800 dark:bg-rose-600 dark:hover:bg-rose-500"
              onClick={() => {
                getProgressStore().reset();
                setConfirming(false);
              }}
            >
              Yes, reset
            </button>
            <button
              type="button"
              autoFocus
              className="rounded-md border border-zinc-400 px-3 py-1.5 text-sm font-semibold text-zinc-800 hover:bg-zinc-100 dark:border-zinc-500 dark:text-zinc-100 dark:hover:bg-zinc-800"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="rounded-md px-3 py-1.5 text-sm font-medium text-zinc-700 underline-offset-2 hover:underline dark:text-zinc-300"
            onClick={() => setConfirming(true)}
          >
            Reset progress…
          </button>
        )}
      </div>
    </section>
  );
}
