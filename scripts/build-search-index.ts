// Writes the lessons' search index to public/search/ (run before `next dev` and `next build`, so
// the export carries it as a static file: search works offline and loads nothing from elsewhere).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { courseSections } from "@/lib/search/documents";
import { SEARCH_INDEX_URL, type SearchIndexFile } from "@/lib/search/types";

const file = path.join(process.cwd(), "public", SEARCH_INDEX_URL);
const index: SearchIndexFile = { version: 1, sections: courseSections() };
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(index));
console.log(
  `search index: ${index.sections.length} sections → ${path.relative(process.cwd(), file)}`,
);
