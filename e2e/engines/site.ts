/** The exported site served for the cross-engine tests, on a port of their own. */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { createSiteServer } from "../../scripts/site-server.mjs";
import { freePort } from "../../scripts/free-port";

export interface Site {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `out/` as `npm start` does; `isolate: false` leaves out the cross-origin isolation
 * headers, `scriptDelayMs` holds the page's scripts (a slow phone's network).
 */
export async function serveSite(
  options: { isolate?: boolean; scriptDelayMs?: number; port?: number } = {},
): Promise<Site> {
  if (!existsSync("out/index.html")) throw new Error("out/ is missing: run `npm run build` first");
  const port = options.port ?? (await freePort());
  const server: Server = createSiteServer({ dir: "out", ...options });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
