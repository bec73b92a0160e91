/**
 * The exported site served as `npm start` does, but with the page's scripts held back on demand:
 * the window of a slow phone's network, in which the static HTML is there and no script has run,
 * made certain instead of raced. Unlike Playwright's `page.route`, it leaves the browser's cache on
 * for everything else (Python's files), so a load after the first is quick.
 */
import { createServer, type RequestListener, type Server } from "node:http";
import { freePort } from "../../scripts/free-port";
import { createSiteServer } from "../../scripts/site-server.mjs";

export interface HeldSite {
  origin: string;
  /** From now on the page's scripts wait (as on a slow phone's network) until `release()`. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** `out/` served as `npm start` does, but the page's scripts can be held back. */
export async function serveHeldScripts(): Promise<HeldSite> {
  const files = createSiteServer({ dir: "out" }).listeners("request")[0] as RequestListener;
  let gate = Promise.resolve();
  let open = () => {};
  const server: Server = createServer((req, res) => {
    // No service worker: it would serve the scripts from its own cache, past the hold.
    if (req.url?.startsWith("/sw.js")) {
      res.statusCode = 404;
      return res.end();
    }
    if (!/^\/_next\/static\/.*\.js(\?|$)/.test(req.url ?? "")) return files(req, res);
    // Not kept by the browser: each load asks for its scripts again, so each load can be held.
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) =>
      setHeader(name, name.toLowerCase() === "cache-control" ? "no-store" : value);
    void gate.then(() => files(req, res));
  });
  // Its own port: the smoke suite's server may be up at the same time (ENGINES_SITE_PORT).
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    hold() {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    release: () => open(),
    close: () =>
      new Promise<void>((resolve) => {
        open();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
