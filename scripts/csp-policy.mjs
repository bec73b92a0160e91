// The site's Content-Security-Policy, in one place for the pages' <meta> tags
// (scripts/add-csp.ts, after `next build`) and the header of `npm start` (scripts/serve.mjs).
// README "Serving the site" explains each directive; change them together.

/** Directives every response and page shares. */
const shared = [
  "default-src 'self'",
  // Our own scripts only. 'wasm-unsafe-eval' lets Pyodide (in its worker) compile WebAssembly; it
  // does not allow eval() or new Function().
  null, // script-src: filled in below
  // Our own workers: Python's and Monaco's (Turbopack starts both from a script on our origin).
  "worker-src 'self'",
  // Inline styles: Monaco adds <style> elements and the highlighted code sets colours in style
  // attributes. A static page cannot give them nonces, and attribute hashes would be thousands.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

function join(scriptSrc, extra = []) {
  return [...shared.map((d) => d ?? `script-src ${scriptSrc}`), ...extra].join("; ");
}

/**
 * The policy of one HTML page: scripts from our origin plus exactly the inline scripts that page
 * holds (Next's hydration data and the theme script), by their SHA-256.
 * A <meta> policy cannot carry frame-ancestors; the header adds it.
 */
export function pagePolicy(scriptHashes) {
  const hashes = [...new Set(scriptHashes)].map((hash) => `'sha256-${hash}'`);
  return join(["'self'", "'wasm-unsafe-eval'", ...hashes].join(" "));
}

/**
 * The header for every file. Browsers enforce it *and* the page's <meta> policy, so inline scripts
 * still need their hash: 'unsafe-inline' here only keeps one header valid for every page. For the
 * workers (no <meta> reaches them) it is the whole policy: they run no inline script.
 */
export const headerPolicy = join("'self' 'unsafe-inline' 'wasm-unsafe-eval'", [
  "frame-ancestors 'none'",
]);
