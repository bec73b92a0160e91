import { hasHidden, revealHidden } from "@/lib/text/hidden";

/** Program text with its hidden characters (bidi overrides, control codes) shown as marks. */
export function RevealedText({ text }: { text: string }) {
  if (!hasHidden(text)) return text;
  return revealHidden(text).map((piece, index) =>
    typeof piece === "string" ? (
      piece
    ) : (
      <abbr
        key={index}
        title={piece.title}
        data-hidden-char={piece.code}
        className="mx-px rounded-sm bg-zinc-200 px-0.5 align-baseline font-sans text-[0.7em] font-semibold text-zinc-700 no-underline dark:bg-zinc-700 dark:text-zinc-200"
      >
        {piece.shown}
      </abbr>
    ),
  );
}
