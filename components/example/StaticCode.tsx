import type { CSSProperties } from "react";

interface Props {
  /** Build-time highlighted HTML, or null when the code shown is the reader's edit. */
  html: string | null;
  code: string;
  file: string;
}

// The colours shiki writes on its <pre>, for an edit shown before the editor is there.
const plainColours = {
  "--shiki-light": "#1f2328",
  "--shiki-dark": "#e6edf3",
  "--shiki-light-bg": "#ffffff",
  "--shiki-dark-bg": "#0d1117",
} as CSSProperties;

/** The code as plain HTML: what the page paints before (or without) the editor. */
export function StaticCode({ html, code, file }: Props) {
  if (html === null) {
    return (
      <pre className="shiki" style={plainColours} tabIndex={0} aria-label={`${file} (edited)`}>
        <code>{code}</code>
      </pre>
    );
  }
  return <div data-static-code dangerouslySetInnerHTML={{ __html: html }} />;
}
