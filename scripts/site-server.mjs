// The production preview server as a function (scripts/serve.mjs runs it; the cross-engine tests
// start their own, with or without the isolation headers):
// - the cross-origin isolation headers that let Stop interrupt Python (SharedArrayBuffer needs
//   COOP + COEP), unless `isolate` is false (a host that does not send them);
// - the brotli or gzip copy of a file when the browser accepts it (scripts/compress-out.ts);
// - hashed files (/_next/static/) cached for a year as immutable; everything else revalidated on
//   every use (ETag), since its name does not change when its content does;
// - a real 404 page.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import sirv from "sirv";
import { headerPolicy } from "./csp-policy.mjs";

/**
 * @param {{ dir?: string, isolate?: boolean, scriptDelayMs?: number }} options `scriptDelayMs`
 *   holds every `/_next/static/` script that long (tests: a page whose script comes late, as on a
 *   slow phone).
 */
export function createSiteServer({ dir = "out", isolate = true, scriptDelayMs = 0 } = {}) {
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ["html"],
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      res.setHeader(
        "Cache-Control",
        pathname.startsWith("/_next/static/")
          ? "public, max-age=31536000, immutable"
          : "public, max-age=0, must-revalidate",
      );
    },
  });
  let notFound = "Not found";
  try {
    notFound = readFileSync(`${dir}/404.html`, "utf8");
  } catch {
    // A build without a 404 page still gets a plain-text answer.
  }

  return createServer((req, res) => {
    // The pages' <meta> policies allow their inline scripts by hash; this adds frame-ancestors and
    // covers the workers. README "Serving the site" has what a host must send.
    res.setHeader("Content-Security-Policy", headerPolicy);
    if (isolate) {
      res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
      res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
    }
    const serve = () =>
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(notFound);
      });
    const late = scriptDelayMs > 0 && /^\/_next\/static\/.*\.js(\?|$)/.test(req.url ?? "");
    if (late) setTimeout(serve, scriptDelayMs);
    else serve();
  });
}
