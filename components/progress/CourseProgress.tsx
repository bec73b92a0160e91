"use client";

import Link from "next/link";
import { useState } from "react";
import { lessonHref } from "@/components/lessons/lessonHref";
import {
  continueLesson,
  isLessonDone,
  questionState,
  type LessonRequirements,
} from "@/lib/progress/completion";
import { getProgressStore } from "@/lib/progress/store";
import { ProgressTransfer, type TransferMessage } from "./ProgressTransfer";
import { useProgress } from "./useProgress";
import { useSaveState } from "./useSaveState";

interface Props {
  lessons: { number: number; slug: string; title: string; practice: LessonRequirements }[];
}

/** The home page's summary of the reader's progress, with "continue" and a guarded reset. */
export function CourseProgress({ lessons }: Props) {
  const progress = useProgress();
  const saving = useSaveState();
  const [confirming, setConfirming] = useState(false);
  // Kept here: loading a file turns the bare transfer links into the full summary, and its message
  // must survive that.
  const [message, setMessage] = useState<TransferMessage | null>(null);
  const done = lessons.filter((lesson) => isLessonDone(progress, lesson.slug, lesson.practice));
  const started = lessons.some((lesson) => progress.lessons[lesson.slug] !== undefined);
  if (!started) {
    // A reader on a new device can bring their progress before opening a lesson here.
    return (
      <section aria-label="Your progress" className="-mt-6 mb-8 text-sm">
        <ProgressTransfer message={message} onMessage={setMessage} />
      </section>
    );
  }

  const next = continueLesson(progress, lessons);
  // Only today's questions and exercises count: answers to removed or changed ones do not.
  const answered = lessons
    .flatMap((lesson) => lesson.practice.questions)
    .filter((question) => questionState(progress, question) === "correct").length;
  const solved = lessons
    .flatMap((lesson) => lesson.practice.exercises)
    .filter((id) => progress.exercises[id] !== undefined).length;
  const percent = lessons.length === 0 ? 0 : Math.round((done.length / lessons.length) * 100);

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
      <p className="mt-3 text-zinc-800 dark:text-zinc-200" data-lessons-done={done.length}>
        {done.length} of {lessons.length} lessons completed
      </p>
      <div
        role="progressbar"
        aria-label="Lessons completed"
        aria-valuemin={0}
        aria-valuemax={lessons.length}
        aria-valuenow={done.length}
        className="mt-2 h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div className="h-full rounded-full bg-emerald-600" style={{ width: `${percent}%` }} />
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        {next ? (
          <Link href={lessonHref(next.slug)} className="button-primary" data-continue={next.slug}>
            Continue with lesson {next.number}: {next.title}
            <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <p className="font-medium text-emerald-800 dark:text-emerald-300">
            You have completed every lesson.
          </p>
        )}
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
      {saving === "beside-newer" ? (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400" data-newer-progress>
          A newer version of this course saved progress in this browser; it is kept as it was, and
          what you do on this version is saved beside it.
        </p>
      ) : null}
      <div className="mt-2 border-t border-zinc-200 pt-2 dark:border-zinc-800">
        <ProgressTransfer message={message} onMessage={setMessage} />
      </div>
    </section>
  );
}
