export interface StaticExampleProps {
  /** Program source, for a live editor that replaces this component. */
  code: string;
  /** The same source, highlighted at build time (shiki, both themes as CSS variables). */
  html: string;
  /** File name in the lesson folder, shown as the caption. */
  file: string;
  title?: string;
}

/** A lesson's example program as read-only highlighted code, framed with its file name. */
export function StaticExample({ html, file, title }: StaticExampleProps) {
  return (
    <figure className="example not-prose" data-example-file={file}>
      <figcaption className="example-caption">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-4 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinejoin="round"
        >
          <path d="M6 3h8l4 4v14H6z" />
          <path d="M14 3v4h4" />
        </svg>
        <span className="font-mono">{file}</span>
        {title ? <span className="example-title">{title}</span> : null}
      </figcaption>
      <div className="code-frame" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
