export const lessonHref = (slug: string) => `/lessons/${slug}/`;

/** `1` → `01`: the numbering readers see matches the folder names. */
export const lessonNumber = (n: number) => String(n).padStart(2, "0");
