import { createHighlighterCore, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import python from "shiki/langs/python.mjs";
import shellscript from "shiki/langs/shellscript.mjs";
import shellsession from "shiki/langs/shellsession.mjs";
import githubDark from "shiki/themes/github-dark-default.mjs";
import githubLight from "shiki/themes/github-light-default.mjs";

/**
 * Build-time syntax highlighting. Both themes are emitted at once as CSS variables
 * (`--shiki-light`, `--shiki-dark`), so switching the site theme is a CSS change, not a re-render.
 * The JavaScript regex engine avoids shipping or loading Oniguruma's WebAssembly during the build.
 */
let highlighter: Promise<HighlighterCore> | undefined;

function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [githubLight, githubDark],
    langs: [python, shellscript, shellsession],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

const aliases: Record<string, string> = {
  py: "python",
  python3: "python",
  sh: "shellscript",
  bash: "shellscript",
  shell: "shellscript",
  zsh: "shellscript",
  console: "shellsession",
};

/** Languages we highlight; anything else (tracebacks, plain output) is shown as plain text. */
export function resolveLanguage(lang: string | undefined): string {
  const name = (lang ?? "").toLowerCase();
  const resolved = aliases[name] ?? name;
  return ["python", "shellscript", "shellsession"].includes(resolved) ? resolved : "text";
}

/** Highlighted `<pre class="shiki">…</pre>` HTML for `code`. Shiki escapes the source text. */
export async function highlight(code: string, lang?: string): Promise<string> {
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code.replace(/\n$/, ""), {
    lang: resolveLanguage(lang),
    themes: { light: "github-light-default", dark: "github-dark-default" },
    // No inline default colour: the stylesheet picks the variable for the active theme.
    defaultColor: false,
  });
}
