import { IntentLink } from "@/components/site/IntentLink";
import { LessonDoneMarkAfterLoad } from "@/components/progress/afterLoad";
import type { LessonMeta } from "@/lib/content/lessons";
import { lessonHref, lessonNumber } from "./lessonHref";

interface Props {
  lessons: Pick<LessonMeta, "number" | "slug" | "title" | "practice">[];
  currentSlug: string;
  onNavigate?: () => void;
}

/** The list of all lessons beside (or, on phones, above) a lesson, the current one marked. */
export function LessonNav({ lessons, currentSlug, onNavigate }: Props) {
  return (
    <nav aria-label="Lessons">
      <ol className="grid gap-0.5 text-sm">
        {lessons.map((lesson) => {
          const current = lesson.slug === currentSlug;
          return (
            <li key={lesson.slug}>
              <IntentLink
                href={lessonHref(lesson.slug)}
                aria-current={current ? "page" : undefined}
                onClick={onNavigate}
                className={`flex gap-3 rounded-lg px-3 py-2 leading-snug transition-colors ${
                  current
                    ? "bg-indigo-50 font-medium text-indigo-800 dark:bg-indigo-500/10 dark:text-indigo-200"
                    : "text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800/60 dark:hover:text-white"
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`font-mono text-xs leading-5 tabular-nums ${
                    current
                      ? "text-indigo-700 dark:text-indigo-300"
                      : "text-zinc-500 dark:text-zinc-400"
                  }`}
                >
                  {lessonNumber(lesson.number)}
                </span>
                <span className="flex-1">{lesson.title}</span>
                <LessonDoneMarkAfterLoad
                  slug={lesson.slug}
                  practice={lesson.practice}
                  className="mt-0.5"
                />
              </IntentLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
