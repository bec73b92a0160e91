import { expect, type Locator, type Page } from "@playwright/test";

/** The Monaco editor inside `scope` (an example's figure, or the playground), once it is there. */
export async function editorIn(scope: Locator): Promise<Locator> {
  const editor = scope.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 90_000 });
  return editor;
}

/** The editor's text, line by line in screen order (Monaco renders spaces as no-break spaces). */
export async function editorText(scope: Locator): Promise<string> {
  const editor = await editorIn(scope);
  const lines = await editor.locator(".view-line").evaluateAll((elements) =>
    elements
      .map((element) => ({
        top: Number.parseFloat((element as HTMLElement).style.top) || 0,
        text: element.textContent ?? "",
      }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text),
  );
  return lines.join("\n").replaceAll("\u00a0", " ");
}

/**
 * Replaces the whole program as a reader would: select all, then paste from the clipboard.
 * (Typing it would let the editor auto-indent every new line.)
 */
export async function setEditorCode(page: Page, scope: Locator, code: string): Promise<void> {
  const editor = await editorIn(scope);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press("ControlOrMeta+V");
  await expect.poll(() => editorText(scope)).toBe(code);
}
