// Share links carry the program in the URL fragment (never sent to a server) as
// `#v1=<lz-string, URI-safe>`. The version prefix lets a later format coexist with old links.
// lz-string is CommonJS: its default import is the one form that works in Next, Vitest and
// plain Node ESM (Playwright) alike.
import LZString from "lz-string";

const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

export const SHARE_VERSION = "v1";
/** Longest fragment we try to decode: a link this long would be truncated by chat apps anyway. */
export const MAX_ENCODED_LENGTH = 32_000;
/** Longest program a link may carry once decoded (characters). */
export const MAX_CODE_LENGTH = 50_000;

export type SharedCode =
  /** The fragment holds no share link (empty, or something else entirely). */
  | { kind: "none" }
  | { kind: "code"; code: string }
  | { kind: "error"; reason: "malformed" | "too-long" | "unknown-version"; message: string };

/** `#v1=…` for this program. */
export function encodeShareFragment(code: string): string {
  return `#${SHARE_VERSION}=${compressToEncodedURIComponent(code)}`;
}

/** The full link: `base` (a page URL, any fragment dropped) plus the program's fragment. */
export function shareLink(base: string, code: string): string {
  return `${base.split("#")[0]}${encodeShareFragment(code)}`;
}

const FRAGMENT = /^#?v(\d+)=(.*)$/s;

/** Reads a URL fragment (`location.hash`). Never throws: a bad link is an `error` value. */
export function decodeShareFragment(hash: string): SharedCode {
  const match = FRAGMENT.exec(hash);
  if (!match) return { kind: "none" };
  const [, version, payload = ""] = match;
  if (`v${version}` !== SHARE_VERSION) {
    return {
      kind: "error",
      reason: "unknown-version",
      message: `This link was made by a newer version of the playground (format v${version}), so its code cannot be opened here.`,
    };
  }
  if (payload.length > MAX_ENCODED_LENGTH) {
    return {
      kind: "error",
      reason: "too-long",
      message: "This link is too long to open: shared programs are limited in size.",
    };
  }
  let code: string | null = null;
  try {
    code = payload ? decompressFromEncodedURIComponent(payload) : null;
  } catch {
    code = null;
  }
  // lz-string answers garbage with null, "" or text full of replacement characters.
  if (!code || code.includes("\uFFFD") || code.includes("\u0000")) {
    return {
      kind: "error",
      reason: "malformed",
      message:
        "This link is damaged (perhaps cut short when it was copied), so its code cannot be read.",
    };
  }
  if (code.length > MAX_CODE_LENGTH) {
    return {
      kind: "error",
      reason: "too-long",
      message: "This link's program is too long to open: shared programs are limited in size.",
    };
  }
  return { kind: "code", code };
}
