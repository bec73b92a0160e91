export const THEME_STORAGE_KEY = "theme";

/**
 * Runs in `<head>` before the first paint, so a stored or system dark theme never flashes light.
 * Kept tiny and dependency-free: it is inlined into every page as a string.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

const darkQuery = () => window.matchMedia("(prefers-color-scheme: dark)");

/** The reader's explicit choice, or `null` when the site follows the system setting. */
export function storedTheme(): "light" | "dark" | null {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : null;
  } catch {
    return null;
  }
}

/** Applies the stored choice, or the system setting when there is none. */
export function applyTheme(): void {
  const choice = storedTheme();
  const dark = choice ? choice === "dark" : darkQuery().matches;
  document.documentElement.classList.toggle("dark", dark);
}

/**
 * Shows the other theme. A choice that matches the system setting is not stored: the site then
 * goes back to following the system, so "system" stays the state a reader can return to.
 */
export function toggleTheme(): void {
  const dark = !document.documentElement.classList.contains("dark");
  try {
    if (dark === darkQuery().matches) localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, dark ? "dark" : "light");
  } catch {
    // Storage can be disabled; the choice then lasts until the page is left.
  }
  document.documentElement.classList.toggle("dark", dark);
}

/** Calls `onChange` whenever the shown theme may have changed, from any source. */
export function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  const query = darkQuery();
  const followSystem = () => applyTheme();
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === THEME_STORAGE_KEY) applyTheme();
  };
  query.addEventListener("change", followSystem);
  window.addEventListener("storage", onStorage);
  return () => {
    observer.disconnect();
    query.removeEventListener("change", followSystem);
    window.removeEventListener("storage", onStorage);
  };
}

export const isDarkShown = () => document.documentElement.classList.contains("dark");
