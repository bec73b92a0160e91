import MiniSearch, { type SearchResult } from "minisearch";
import { codeSnippet, markTerms, snippet, type TextPart } from "./snippet";
import type { SearchSection } from "./types";

export interface SearchHit {
  section: SearchSection;
  heading: TextPart[];
  /** A few words around the first match, from the prose or (when only code matched) the code. */
  snippet: TextPart[];
  snippetIsCode: boolean;
}

export type Search = (query: string) => SearchHit[];

const MAX_HITS = 8;

// Words are runs of letters and digits: `<b>word</b>` or `x<y` yield their words, and
// `return_exceptions` is found by either half (the query is cut the same way).
const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Builds the in-memory index (a few milliseconds for the whole course) and returns its query. */
export function createSearch(sections: readonly SearchSection[]): Search {
  const byId = new Map(sections.map((section) => [section.id, section]));
  const index = new MiniSearch<SearchSection>({
    fields: ["heading", "lessonTitle", "text", "code"],
    tokenize,
    searchOptions: {
      boost: { heading: 3, lessonTitle: 1.5 },
      combineWith: "AND",
      // "gath" finds gather; a small typo in a longer word still finds it.
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    },
  });
  index.addAll(sections);

  return (query) => {
    if (!query.trim()) return [];
    return index
      .search(query)
      .slice(0, MAX_HITS)
      .flatMap((result: SearchResult) => {
        const section = byId.get(String(result.id));
        if (!section) return [];
        const inText = result.terms.some((term) => result.match[term]?.includes("text"));
        const codeOnly =
          !inText && result.terms.some((term) => result.match[term]?.includes("code"));
        return [
          {
            section,
            heading: markTerms(section.heading, result.terms),
            snippet: codeOnly
              ? codeSnippet(section.code, result.terms)
              : snippet(section.text, result.terms),
            snippetIsCode: codeOnly,
          },
        ];
      });
  };
}
