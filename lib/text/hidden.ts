/**
 * Characters that change what a reader sees without being seen themselves: C0/C1 control codes,
 * bidirectional overrides and isolates (a "Trojan Source" `print("a\u202eevil")` shows "alive"),
 * and zero-width spaces. Program output shows them as visible marks instead. Zero-width joiners
 * stay: emoji and several scripts need them.
 */
const HIDDEN_CLASS =
  "[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060\\u2066-\\u2069\\ufeff]";
// Two objects: a global regex keeps `lastIndex` between calls, which `test` would then trip over.
const ANY_HIDDEN = new RegExp(HIDDEN_CLASS);
const EACH_HIDDEN = new RegExp(HIDDEN_CLASS, "g");

const NAMES: Record<number, [short: string, name: string]> = {
  0x061c: ["ALM", "ARABIC LETTER MARK"],
  0x200b: ["ZWSP", "ZERO WIDTH SPACE"],
  0x200e: ["LRM", "LEFT-TO-RIGHT MARK"],
  0x200f: ["RLM", "RIGHT-TO-LEFT MARK"],
  0x202a: ["LRE", "LEFT-TO-RIGHT EMBEDDING"],
  0x202b: ["RLE", "RIGHT-TO-LEFT EMBEDDING"],
  0x202c: ["PDF", "POP DIRECTIONAL FORMATTING"],
  0x202d: ["LRO", "LEFT-TO-RIGHT OVERRIDE"],
  0x202e: ["RLO", "RIGHT-TO-LEFT OVERRIDE"],
  0x2060: ["WJ", "WORD JOINER"],
  0x2066: ["LRI", "LEFT-TO-RIGHT ISOLATE"],
  0x2067: ["RLI", "RIGHT-TO-LEFT ISOLATE"],
  0x2068: ["FSI", "FIRST STRONG ISOLATE"],
  0x2069: ["PDI", "POP DIRECTIONAL ISOLATE"],
  0xfeff: ["BOM", "ZERO WIDTH NO-BREAK SPACE"],
  0x0d: ["CR", "CARRIAGE RETURN"],
  0x1b: ["ESC", "ESCAPE"],
  0x7f: ["DEL", "DELETE"],
};

export interface HiddenChar {
  /** "U+202E" */
  code: string;
  /** What to show in its place: a short name (RLO, ESC), or the code point of a C1 code. */
  shown: string;
  /** "U+202E RIGHT-TO-LEFT OVERRIDE" */
  title: string;
}

export type Piece = string | HiddenChar;

export function hasHidden(text: string): boolean {
  return ANY_HIDDEN.test(text);
}

/** `text` cut into visible runs and the hidden characters between them, in order. */
export function revealHidden(text: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const match of text.matchAll(EACH_HIDDEN)) {
    if (match.index > from) pieces.push(text.slice(from, match.index));
    pieces.push(describeHidden(match[0].codePointAt(0)!));
    from = match.index + 1;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}

/** ASCII's names for the C0 control codes (tab and newline are never hidden). */
const C0 =
  "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US".split(
    " ",
  );

function describeHidden(point: number): HiddenChar {
  const code = `U+${point.toString(16).toUpperCase().padStart(4, "0")}`;
  const known = NAMES[point];
  if (known) return { code, shown: known[0], title: `${code} ${known[1]}` };
  // Names rather than control pictures (␛): few fonts have those glyphs, and we load no fonts.
  const shown = point < 0x20 ? C0[point]! : code;
  return { code, shown, title: `${code} control character` };
}

/** The same as plain text, for attributes (`title`, `aria-label`): "a⟨RLO⟩evil". */
export function revealHiddenAsText(text: string): string {
  if (!hasHidden(text)) return text;
  return revealHidden(text)
    .map((piece) => (typeof piece === "string" ? piece : `⟨${piece.shown}⟩`))
    .join("");
}
