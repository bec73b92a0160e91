import type { Server } from "node:http";

/** The production preview server (scripts/site-server.mjs), not yet listening. */
export function createSiteServer(options?: {
  dir?: string;
  isolate?: boolean;
  scriptDelayMs?: number;
}): Server;
