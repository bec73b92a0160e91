import Link from "next/link";
import { LessonDoneMarkAfterLoad } from "@/components/progress/afterLoad";
import type { LessonMeta } from "@/lib/content/lessons";
import { lessonHref, lessonNumber } from "./lessonHref";

interface Props {
  lessons: Pick<LessonMeta, "number" | "slug" | "title" | "summary" | "practice">[];
  /** Heading level of each lesson title, so the list fits the page's outline. */
  headingLevel?: "h2" | "h3";
  /** Two columns on wide screens (the home page); one otherwise. */
  columns?: 1 | 2;
}

/** The course outline: numbered cards with each lesson's one-line summary. */
export function LessonList({ lessons, headingLevel: Heading = "h3", columns = 1 }: Props) {
  return (
    <ol className={`grid gap-3 ${columns === 2 ? "lg:grid-cols-2" : ""}`}>
      {lessons.map((lesson) => (
        <li key={lesson.slug}>
          <Link
            href={lessonHref(lesson.slug)}
            className="group flex h-full gap-4 rounded-xl border border-zinc-200 bg-white p-4 transition-colors hover:border-indigo-300 hover:bg-indigo-50/40 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40 dark:hover:border-indigo-500/50 dark:hover:bg-indigo-500/5"
          >
            <span
              aria-hidden="true"
              className="mt-0.5 font-mono text-sm font-semibold text-indigo-700 tabular-nums dark:text-indigo-300"
            >
              {lessonNumber(lesson.number)}
            </span>
            <span className="min-w-0 flex-1">
              <Heading className="font-semibold text-zinc-950 group-hover:text-indigo-700 dark:text-white dark:group-hover:text-indigo-300">
                <span className="sr-only">Lesson {lesson.number}: </span>
                {lesson.title}
              </Heading>
              <p className="mt-1 text-[0.9375rem] leading-relaxed text-zinc-600 dark:text-zinc-400">
                {lesson.summary}
              </p>
            </span>
            <LessonDoneMarkAfterLoad
              slug={lesson.slug}
              practice={lesson.practice}
              className="mt-1"
            />
          </Link>
        </li>
      ))}
    </ol>
  );
}
