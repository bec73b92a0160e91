// Serves the exported site (out/) the way a production static host should (what it sends:
// scripts/site-server.mjs). NO_ISOLATION=1 leaves out the cross-origin isolation headers, as a
// host that does not send them would (Stop then replaces Python's worker).
import { createSiteServer } from "./site-server.mjs";

const dir = process.argv[2] ?? "out";
const port = Number(process.env.PORT ?? 3000);
const isolate = process.env.NO_ISOLATION !== "1";

createSiteServer({ dir, isolate }).listen(port, "127.0.0.1", () => {
  console.log(
    `Serving ${dir}/ on http://127.0.0.1:${port}${isolate ? " (cross-origin isolated)" : ""}`,
  );
});
