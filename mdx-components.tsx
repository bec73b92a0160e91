import type { MDXComponents } from "mdx/types";

// Required by @next/mdx with the App Router. Lesson-specific tags (Example, Callout, ...) are
// registered in components/mdx/registry.tsx and passed by the lesson page.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
