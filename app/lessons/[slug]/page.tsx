import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonMenu } from "@/components/lessons/LessonMenu";
import { LessonNav } from "@/components/lessons/LessonNav";
import { LessonPager } from "@/components/lessons/LessonPager";
import { LessonTrackerAfterLoad } from "@/components/progress/afterLoad";
import { lessonComponents } from "@/components/mdx/registry";
import { getLesson, getLessons, getNeighbours } from "@/lib/content/lessons";

interface Props {
  params: Promise<{ slug: string }>;
}

// Only the lessons that exist at build time: any other slug is the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  if (!lesson) return {};
  return { title: lesson.title, description: lesson.summary };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();

  const lessons = getLessons();
  const { previous, next } = getNeighbours(slug);
  const { default: Content } = await import(`@/content/lessons/${lesson.dir}/lesson.mdx`);
  const navItems = lessons.map(({ number, slug, title, practice }) => ({
    number,
    slug,
    title,
    practice,
  }));

  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12">
      <aside className="hidden lg:block">
        <div className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto py-10 pr-2">
          <p className="mb-3 px-3 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
            Lessons
          </p>
          <LessonNav lessons={navItems} currentSlug={slug} />
        </div>
      </aside>

      <main className="min-w-0 py-8 lg:py-12">
        <LessonMenu
          key={slug}
          lessons={navItems}
          currentSlug={slug}
          current={lesson.number}
          total={lessons.length}
        />
        <article className="lesson max-w-[70ch]">
          <header className="mb-8">
            <p className="text-sm font-medium text-indigo-700 dark:text-indigo-300">
              Lesson {lesson.number} of {lessons.length}
            </p>
            <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white">
              {lesson.title}
            </h1>
          </header>
          <div className="prose prose-zinc max-w-none dark:prose-invert">
            <Content components={lessonComponents(lesson.dir)} />
          </div>
          <LessonPager previous={previous} next={next} />
          <LessonTrackerAfterLoad slug={slug} practice={lesson.practice} />
        </article>
      </main>
    </div>
  );
}
