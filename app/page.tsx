import Link from "next/link";
import { LessonList } from "@/components/lessons/LessonList";
import { lessonHref } from "@/components/lessons/lessonHref";
import { CourseProgress } from "@/components/progress/CourseProgress";
import { TimelineSketch } from "@/components/site/TimelineSketch";
import { getLessons } from "@/lib/content/lessons";

export default function HomePage() {
  const lessons = getLessons();
  const first = lessons[0];
  return (
    <main className="mx-auto max-w-6xl px-4 sm:px-6">
      <section className="grid items-center gap-10 py-14 sm:py-20 lg:grid-cols-[1.1fr_1fr] lg:gap-16">
        <div>
          <p className="text-sm font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
            A hands-on course
          </p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance text-zinc-950 sm:text-5xl dark:text-white">
            Python&rsquo;s async/await, live in your browser
          </h1>
          <p className="mt-6 max-w-[38rem] text-lg leading-relaxed text-pretty text-zinc-700 dark:text-zinc-300">
            This course teaches asyncio with examples you run right here on the page: real Python,
            nothing to install. Each run draws a timeline of when every task ran and when it waited,
            so you can see concurrency instead of imagining it.
          </p>
          {first ? (
            <div className="mt-8 flex flex-wrap items-center gap-4">
              <Link href={lessonHref(first.slug)} className="button-primary">
                Start the course
                <span aria-hidden="true">→</span>
              </Link>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                {lessons.length} short {lessons.length === 1 ? "lesson" : "lessons"}
              </span>
            </div>
          ) : null}
        </div>
        <TimelineSketch />
      </section>

      <CourseProgress
        lessons={lessons.map(({ number, slug, title, practice }) => ({
          number,
          slug,
          title,
          practice,
        }))}
      />

      <section aria-labelledby="lessons-heading" className="pb-8">
        <h2
          id="lessons-heading"
          className="text-2xl font-bold tracking-tight text-zinc-950 dark:text-white"
        >
          Lessons
        </h2>
        <div className="mt-6">
          <LessonList lessons={lessons} columns={2} />
        </div>
      </section>
    </main>
  );
}
