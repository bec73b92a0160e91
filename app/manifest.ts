import type { MetadataRoute } from "next";

// Static export: written to out/manifest.webmanifest at build time.
export const dynamic = "force-static";

/** Makes the course installable; after one visit the service worker lets it start offline. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "asyncio, live — Python async/await you can watch",
    short_name: "asyncio, live",
    description:
      "A course on Python's async and await where every example runs in your browser and a timeline shows when each task ran and waited.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#09090b",
    theme_color: "#4f46e5",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
