import { z } from "zod";

/** Longest summary we accept: it is shown on one line in the lesson list and as the meta description. */
export const SUMMARY_MAX = 160;

/**
 * Front matter of `content/lessons/NN-slug/lesson.mdx`. Strict, so a typo such as `tilte:` fails the
 * build instead of silently producing a lesson without a title.
 */
export const lessonFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1, "title must not be empty"),
  summary: z
    .string()
    .trim()
    .min(1, "summary must not be empty")
    .max(SUMMARY_MAX, `summary must be at most ${SUMMARY_MAX} characters`),
});

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

/** `01-why-async` → number 1, slug `why-async`. Lower-case words joined by single hyphens. */
export const lessonFolderPattern = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
