import { FileIcon } from "./FileIcon";

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
        <FileIcon />
        <span className="font-mono">{file}</span>
        {title ? <span className="example-title">{title}</span> : null}
      </figcaption>
      <div className="code-frame" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
