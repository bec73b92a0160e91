"use client";

import { useRef, type KeyboardEvent } from "react";
import type { LessonMeta } from "@/lib/content/lessons";
import { LessonNav } from "./LessonNav";
import { lessonNumber } from "./lessonHref";

interface Props {
  lessons: Pick<LessonMeta, "number" | "slug" | "title" | "practice">[];
  currentSlug: string;
  total: number;
  current: number;
}

/**
 * The lesson list on narrow screens: a native disclosure, so it opens with keyboard and screen
 * readers without any script. The script only closes it on Escape or after a link is followed.
 */
export function LessonMenu({ lessons, currentSlug, total, current }: Props) {
  const details = useRef<HTMLDetailsElement>(null);

  function close(focusSummary: boolean) {
    const element = details.current;
    if (!element?.open) return;
    element.open = false;
    if (focusSummary) element.querySelector("summary")?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") close(true);
  }

  return (
    <details
      ref={details}
      onKeyDown={onKeyDown}
      className="group mb-8 rounded-xl border border-zinc-200 bg-white lg:hidden dark:border-zinc-800 dark:bg-zinc-900/60"
    >
      <summary className="flex cursor-pointer list-none items-center gap-3 rounded-xl px-4 py-3 text-sm font-medium text-zinc-800 select-none dark:text-zinc-200 [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-4 text-zinc-500 dark:text-zinc-400"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        <span>All lessons</span>
        <span className="ml-auto font-mono text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
          {lessonNumber(current)} / {lessonNumber(total)}
        </span>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-4 text-zinc-500 transition-transform group-open:rotate-180 dark:text-zinc-400"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="m6 9 6 6 6-6" />
        </svg>
      </summary>
      <div className="border-t border-zinc-200 p-2 dark:border-zinc-800">
        <LessonNav lessons={lessons} currentSlug={currentSlug} onNavigate={() => close(false)} />
      </div>
    </details>
  );
}
