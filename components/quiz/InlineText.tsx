import { Fragment } from "react";
import { inlineCode } from "./styles";

/** Quiz text with `code` and *emphasis*, the only markup quiz data uses; the rest stays text. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`|\*[^*]+\*)/g);
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
          <code key={index} className={inlineCode}>
            {part.slice(1, -1)}
          </code>
        ) : part.startsWith("*") && part.endsWith("*") && part.length > 1 ? (
          <em key={index}>{part.slice(1, -1)}</em>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
