import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import {
  MAX_CODE_LENGTH,
  MAX_ENCODED_LENGTH,
  decodeShareFragment,
  encodeShareFragment,
  shareLink,
} from "./link";

const gather = `import asyncio

async def main():
    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    print("done ✓ — ünïcode 🐍")

asyncio.run(main())
`;

describe("share links", () => {
  it("round-trips code, including unicode and trailing whitespace", () => {
    const fragment = encodeShareFragment(gather);
    expect(fragment.startsWith("#v1=")).toBe(true);
    expect(decodeShareFragment(fragment)).toEqual({ kind: "code", code: gather });
  });

  it("uses only URL-safe characters in the fragment", () => {
    expect(encodeShareFragment(gather)).toMatch(/^#v1=[A-Za-z0-9+\-$]*$/);
  });

  it("builds a link on the page URL, replacing any previous fragment", () => {
    const link = shareLink("https://example.org/playground/#v1=old", "print(1)");
    expect(link.startsWith("https://example.org/playground/#v1=")).toBe(true);
    expect(decodeShareFragment(new URL(link).hash)).toEqual({ kind: "code", code: "print(1)" });
  });

  it("ignores fragments that are not share links", () => {
    expect(decodeShareFragment("")).toEqual({ kind: "none" });
    expect(decodeShareFragment("#")).toEqual({ kind: "none" });
    expect(decodeShareFragment("#section-2")).toEqual({ kind: "none" });
  });

  it("reports an unknown version", () => {
    const result = decodeShareFragment(`#v2=${compressToEncodedURIComponent("print(1)")}`);
    expect(result).toMatchObject({ kind: "error", reason: "unknown-version" });
  });

  it("reports malformed payloads", () => {
    for (const hash of ["#v1=", "#v1=%%%", "#v1=not-really-lz-data!!", "#v1=AAAA"]) {
      expect(decodeShareFragment(hash), hash).toMatchObject({ kind: "error", reason: "malformed" });
    }
  });

  it("reports a truncated link as malformed rather than returning half a program", () => {
    const fragment = encodeShareFragment(gather.repeat(5));
    const cut = decodeShareFragment(fragment.slice(0, Math.floor(fragment.length / 2)));
    expect(cut.kind).toBe("error");
  });

  it("refuses oversized links and programs", () => {
    const longFragment = `#v1=${"A".repeat(MAX_ENCODED_LENGTH + 1)}`;
    expect(decodeShareFragment(longFragment)).toMatchObject({ kind: "error", reason: "too-long" });
    // Repetitive text compresses well: a small link can still unpack into a huge program.
    const huge = "print('x')\n".repeat(Math.ceil(MAX_CODE_LENGTH / 11) + 10);
    const fragment = encodeShareFragment(huge);
    expect(fragment.length).toBeLessThan(MAX_ENCODED_LENGTH);
    expect(decodeShareFragment(fragment)).toMatchObject({ kind: "error", reason: "too-long" });
  });
});
