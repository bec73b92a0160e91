import type { Metadata } from "next";
import { LessonList } from "@/components/lessons/LessonList";
import { getLessons } from "@/lib/content/lessons";

export const metadata: Metadata = {
  title: "Lessons",
  description: "Every lesson of asyncio, live, in order, with a one-line summary of each.",
};

export default function LessonsPage() {
  const lessons = getLessons();
  return (
    <main className="mx-auto max-w-3xl px-4 py-14 sm:px-6 sm:py-20">
      <h1 className="text-3xl font-bold tracking-tight text-zinc-950 sm:text-4xl dark:text-white">
        Lessons
      </h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        {lessons.length} lessons, each a few minutes long. They build on each other, so start at the
        top.
      </p>
      <div className="mt-10">
        <LessonList lessons={lessons} headingLevel="h2" />
      </div>
    </main>
  );
}
