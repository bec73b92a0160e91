/** A piece of a result's text; `hit` pieces are the words the query matched (shown marked). */
export interface TextPart {
  text: string;
  hit: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A pattern for whole words equal to one of `terms` (the lower-cased words of the text that the
 * search matched), ignoring case. Null when there is nothing to look for.
 */
function termPattern(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
}

/**
 * Cuts `text` into plain and matched parts. The parts are plain strings for React to render as text:
 * nothing here is ever HTML, so a search for `<script>` shows those characters.
 */
export function markTerms(text: string, terms: readonly string[]): TextPart[] {
  const pattern = termPattern(terms);
  if (!pattern) return text ? [{ text, hit: false }] : [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hit: false });
    parts.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}

/** Index of the first matched word in `text`, or -1. */
export function firstMatch(text: string, terms: readonly string[]): number {
  const pattern = termPattern(terms);
  return pattern?.exec(text)?.index ?? -1;
}

export interface SnippetOptions {
  /** Characters of context to keep before the first match. */
  before?: number;
  /** Longest snippet, in characters, without the ellipses. */
  length?: number;
}

/**
 * A short window of `text` around its first matched word, cut at spaces, with `…` where text was
 * left out, and the matched words marked. Starts at the beginning when nothing matches.
 */
export function snippet(
  text: string,
  terms: readonly string[],
  { before = 40, length = 150 }: SnippetOptions = {},
): TextPart[] {
  const flat = text.replace(/\s+/g, " ").trim();
  const at = Math.max(0, firstMatch(flat, terms));
  let start = Math.max(0, at - before);
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    start = space === -1 || space >= at ? start : space + 1;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > at) end = space;
  }
  const parts = markTerms(flat.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: "…", hit: false });
  if (end < flat.length) parts.push({ text: "…", hit: false });
  return parts;
}

/**
 * The line of `code` with the first matched word (trimmed, cut to `length` around the match), the
 * matched words marked. Code keeps its own words: lines are not joined.
 */
export function codeSnippet(code: string, terms: readonly string[], length = 90): TextPart[] {
  const lines = code.split("\n");
  const line = lines.find((candidate) => firstMatch(candidate, terms) !== -1) ?? lines[0] ?? "";
  return snippet(line, terms, { before: 30, length });
}
