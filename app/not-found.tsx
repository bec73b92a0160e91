import type { Metadata } from "next";
import Link from "next/link";
import { LessonList } from "@/components/lessons/LessonList";
import { lessonHref } from "@/components/lessons/lessonHref";
import { getLessons } from "@/lib/content/lessons";

export const metadata: Metadata = {
  title: "Page not found",
  description: "There is no page at this address. The course's lessons are listed here.",
};

export default function NotFound() {
  const lessons = getLessons();
  const first = lessons[0];
  return (
    <main className="mx-auto max-w-3xl px-4 py-14 sm:px-6 sm:py-20">
      <p className="font-mono text-sm font-semibold text-indigo-700 dark:text-indigo-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-zinc-950 sm:text-4xl dark:text-white">
        This page doesn&rsquo;t exist
      </h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        The address may be mistyped, or the page may have moved. Every lesson is listed below.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/" className="button-secondary">
          Home
        </Link>
        {first ? (
          <Link href={lessonHref(first.slug)} className="button-primary">
            First lesson: {first.title}
          </Link>
        ) : null}
      </div>
      <h2 className="mt-14 text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
        Lessons
      </h2>
      <div className="mt-5">
        <LessonList lessons={lessons} />
      </div>
    </main>
  );
}
