/** Where the built search index is served from (written by scripts/build-search-index.ts). */
export const SEARCH_INDEX_URL = "/search/lessons.json";

/** One searchable part of a lesson: the text under one heading (or before the first one). */
export interface SearchSection {
  /** Unique across the course: `slug#heading-id`, or `slug` for a lesson's opening text. */
  id: string;
  /** Where a result leads: `/lessons/slug/#heading-id`. */
  url: string;
  lessonNumber: number;
  lessonTitle: string;
  /** The heading's text; the lesson's title for the opening text. */
  heading: string;
  /** The prose under the heading, as plain text. */
  text: string;
  /** The code shown under the heading: example programs (`<Example file>`) and code blocks. */
  code: string;
}

export interface SearchIndexFile {
  version: 1;
  sections: SearchSection[];
}
