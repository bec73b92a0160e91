import { describe, expect, it } from "vitest";
import { highlight, resolveLanguage } from "./highlight";

describe("highlight", () => {
  it("emits both theme colours as CSS variables and no inline default colour", async () => {
    const html = await highlight("async def main():\n    await asyncio.sleep(1)\n", "python");
    expect(html).toMatch(/^<pre class="shiki/);
    expect(html).toContain("--shiki-light:");
    expect(html).toContain("--shiki-dark:");
    expect(html).not.toMatch(/style="color:/);
  });

  it("escapes the source text", async () => {
    const html = await highlight('print("<script>alert(1)</script>")', "python");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#x3C;script>");
  });

  it("shows unknown languages as plain text", async () => {
    expect(resolveLanguage("pytb")).toBe("text");
    expect(resolveLanguage("sh")).toBe("shellscript");
    expect(resolveLanguage(undefined)).toBe("text");
    const html = await highlight("Traceback (most recent call last):", "pytb");
    expect(html).toContain("Traceback (most recent call last):");
  });
});
