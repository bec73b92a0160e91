import { isValidElement, type ComponentProps, type ReactNode } from "react";
import { highlight } from "@/lib/content/highlight";

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

/**
 * Fenced code in a lesson (a shell line, a traceback): small, not runnable, highlighted at build
 * time with the same themes as the examples. Runnable programs are `<Example>`s instead.
 */
export async function CodeBlock({ children }: ComponentProps<"pre">) {
  const code = isValidElement<{ className?: string; children?: ReactNode }>(children)
    ? children
    : undefined;
  const lang = /language-(\S+)/.exec(code?.props.className ?? "")?.[1];
  const html = await highlight(textOf(code?.props.children ?? children), lang);
  return (
    <div
      className="code-block code-frame not-prose"
      data-language={lang}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
