import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { headerPolicy, pagePolicy } from "@/scripts/csp-policy.mjs";
import { inlineScriptHashes, withPolicyMeta } from "./inline-scripts";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

const page = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<script>(function(){document.documentElement.classList.toggle("dark",true)})()</script>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  "</head><body>",
  '<script>self.__next_f.push([1,"é \\u003c/b"])</script>',
  '<script type="module">\n  import("/x.js");\n</script>',
  "</body></html>",
].join("");

describe("inlineScriptHashes", () => {
  it("hashes each inline script's raw text and skips scripts loaded by src", () => {
    expect(inlineScriptHashes(page)).toEqual([
      sha('(function(){document.documentElement.classList.toggle("dark",true)})()'),
      sha('self.__next_f.push([1,"é \\u003c/b"])'),
      sha('\n  import("/x.js");\n'),
    ]);
  });
});

describe("withPolicyMeta", () => {
  it("puts the page's policy right after the charset, with its scripts' hashes", () => {
    const html = withPolicyMeta(page, pagePolicy);
    const [, policy] =
      /<head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(
        html,
      ) ?? [];
    expect(policy).toBeDefined();
    for (const hash of inlineScriptHashes(page)) expect(policy).toContain(`'sha256-${hash}'`);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it("replaces its own earlier tag instead of adding a second", () => {
    const once = withPolicyMeta(page, pagePolicy);
    expect(withPolicyMeta(once, pagePolicy)).toBe(once);
  });

  it("refuses a page without a charset to anchor the policy", () => {
    expect(() => withPolicyMeta("<html><head></head></html>", pagePolicy)).toThrow(/charset/);
  });
});

describe("headerPolicy", () => {
  it("forbids framing and plugins and allows WebAssembly but not eval", () => {
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(headerPolicy).toContain("object-src 'none'");
    expect(headerPolicy).toContain("'wasm-unsafe-eval'");
    expect(headerPolicy).not.toMatch(/'unsafe-eval'/);
  });
});
