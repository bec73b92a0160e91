import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";

const nextConfig: NextConfig = {
  // A static site: `next build` writes plain files to out/ that any static host can serve.
  output: "export",
  // Folders with index.html work on every static host without rewrite rules.
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ["ts", "tsx", "md", "mdx"],
};

// Plugins are named as strings: Turbopack passes MDX options to a loader in another process.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-frontmatter"],
    rehypePlugins: ["rehype-slug", ["rehype-autolink-headings", { behavior: "wrap" }]],
  },
});

// Cross-origin isolation lets Stop interrupt Python (SharedArrayBuffer). Dev server only: with
// `output: 'export'` Next sends no headers for exported files; scripts/serve.mjs sends them there.
const isolationHeaders: NextConfig["headers"] = async () => [
  {
    source: "/:path*",
    headers: [
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
    ],
  },
];

export default function config(phase: string): NextConfig {
  return withMDX(
    phase === PHASE_DEVELOPMENT_SERVER ? { ...nextConfig, headers: isolationHeaders } : nextConfig,
  );
}
