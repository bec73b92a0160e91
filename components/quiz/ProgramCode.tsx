interface Props {
  /** Highlighted at build time. */
  html: string;
  file: string;
}

/** A quiz program, read-only: the reader predicts what it does. */
export function ProgramCode({ html, file }: Props) {
  return (
    <figure className="mb-4 overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
      <figcaption className="example-caption font-mono">{file.split("/").pop()}</figcaption>
      <div className="code-frame" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
