/** Hidden characters in program output become visible marks; everything else is left alone. */
import { describe, expect, it } from "vitest";
import { hasHidden, revealHidden, revealHiddenAsText } from "./hidden";

describe("revealHidden", () => {
  it("cuts out a right-to-left override, so 'a\\u202eevil' cannot pass for 'alive'", () => {
    expect(revealHidden("a\u202eevil")).toEqual([
      "a",
      { code: "U+202E", shown: "RLO", title: "U+202E RIGHT-TO-LEFT OVERRIDE" },
      "evil",
    ]);
  });

  it("shows control codes by their ASCII names and C1 codes by number", () => {
    const pieces = revealHidden("\x1b[31mred\x1b[0m\r\x01\x7f\x85");
    expect(pieces.map((p) => (typeof p === "string" ? p : p.shown)).join("")).toBe(
      "ESC[31mredESC[0mCRSOHDELU+0085",
    );
    expect(pieces[0]).toMatchObject({ title: "U+001B ESCAPE" });
  });

  it("leaves tabs, newlines, joiners and right-to-left text as they are", () => {
    const text = "a\tb\nשלום 👩‍💻 عربي";
    expect(hasHidden(text)).toBe(false);
    expect(revealHidden(text)).toEqual([text]);
    expect(revealHidden("")).toEqual([]);
  });

  it("handles hidden characters back to back and at both ends", () => {
    const shown = revealHidden("\u200b\u2066x\u2069").map((p) =>
      typeof p === "string" ? p : p.shown,
    );
    expect(shown).toEqual(["ZWSP", "LRI", "x", "PDI"]);
    expect(hasHidden("\u200b")).toBe(true);
    expect(hasHidden("plain")).toBe(false);
  });

  it("has a plain-text form for attributes", () => {
    expect(revealHiddenAsText("a\u202eevil")).toBe("a⟨RLO⟩evil");
    expect(revealHiddenAsText("plain")).toBe("plain");
  });
});
