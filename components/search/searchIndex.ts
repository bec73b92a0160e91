import { createSearch, type Search } from "@/lib/search/query";
import { SEARCH_INDEX_URL, type SearchIndexFile } from "@/lib/search/types";

let loading: Promise<Search> | undefined;

/** The course's search, loaded once per page from our own origin (a static file: works offline). */
export function loadSearch(): Promise<Search> {
  loading ??= fetch(SEARCH_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${SEARCH_INDEX_URL}: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => createSearch(file.sections))
    .catch((error: unknown) => {
      // The next opening tries again (the network may be back).
      loading = undefined;
      throw error;
    });
  return loading;
}
