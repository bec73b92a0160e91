import { IntentLink } from "@/components/site/IntentLink";
import type { LessonMeta } from "@/lib/content/lessons";
import { lessonHref } from "./lessonHref";

type Neighbour = Pick<LessonMeta, "number" | "slug" | "title">;

interface Props {
  previous?: Neighbour;
  next?: Neighbour;
}

/** Previous / next lesson at the end of a lesson. */
export function LessonPager({ previous, next }: Props) {
  return (
    <nav
      aria-label="Previous and next lesson"
      className="mt-16 grid gap-3 border-t border-zinc-200 pt-8 sm:grid-cols-2 dark:border-zinc-800"
    >
      {previous ? (
        <PagerLink lesson={previous} direction="previous" />
      ) : (
        <span className="hidden sm:block" />
      )}
      {next ? <PagerLink lesson={next} direction="next" /> : null}
    </nav>
  );
}

function PagerLink({ lesson, direction }: { lesson: Neighbour; direction: "previous" | "next" }) {
  const isNext = direction === "next";
  return (
    <IntentLink
      href={lessonHref(lesson.slug)}
      rel={isNext ? "next" : "prev"}
      aria-label={`${isNext ? "Next" : "Previous"}: ${lesson.title}`}
      className={`group flex flex-col gap-1 rounded-xl border border-zinc-200 p-4 transition-colors hover:border-indigo-300 hover:bg-indigo-50/40 dark:border-zinc-800 dark:hover:border-indigo-500/50 dark:hover:bg-indigo-500/5 ${
        isNext ? "text-right sm:col-start-2" : ""
      }`}
    >
      <span className="text-sm text-zinc-600 dark:text-zinc-400">
        {isNext ? "Next" : "Previous"}
      </span>
      <span className="font-semibold text-indigo-700 group-hover:text-indigo-800 dark:text-indigo-300 dark:group-hover:text-indigo-200">
        {isNext ? null : <span aria-hidden="true">← </span>}
        {lesson.title}
        {isNext ? <span aria-hidden="true"> →</span> : null}
      </span>
    </IntentLink>
  );
}
