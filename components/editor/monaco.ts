// The one place Monaco is imported: the editor core, the handful of editing features a reader
// uses, and the Python language only. (The package's main entry registers ~80 languages and the
// TypeScript/CSS/HTML/JSON services: megabytes nobody here needs.) Imported lazily, never on the
// server.
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/editor/browser/coreCommands";
import "monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching";
import "monaco-editor/editor/contrib/clipboard/browser/clipboard";
import "monaco-editor/editor/contrib/comment/browser/comment";
import "monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo";
import "monaco-editor/editor/contrib/find/browser/findController";
import "monaco-editor/editor/contrib/hover/browser/hoverContribution";
import "monaco-editor/editor/contrib/indentation/browser/indentation";
import "monaco-editor/editor/contrib/linesOperations/browser/linesOperations";
import "monaco-editor/editor/contrib/multicursor/browser/multicursor";
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/editor/contrib/unicodeHighlighter/browser/unicodeHighlighter";
import "monaco-editor/editor/contrib/wordOperations/browser/wordOperations";
import "monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode";
import "monaco-editor/languages/definitions/python/register";
import { loader } from "@monaco-editor/react";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = {
  getWorker: () =>
    new Worker(new URL("./editor.worker.ts", import.meta.url), {
      type: "module",
      name: "monaco-editor",
    }),
};

// Colours close to the static highlighting (shiki's GitHub themes), so the swap from the
// build-time code to the editor is not a visible jump.
monaco.editor.defineTheme("course-light", {
  base: "vs",
  inherit: true,
  rules: [
    { token: "keyword", foreground: "cf222e" },
    { token: "string", foreground: "0a3069" },
    { token: "string.escape", foreground: "0a3069" },
    { token: "comment", foreground: "6e7781" },
    { token: "number", foreground: "0550ae" },
    { token: "type", foreground: "953800" },
    { token: "delimiter", foreground: "1f2328" },
    { token: "identifier", foreground: "1f2328" },
  ],
  colors: { "editor.background": "#ffffff" },
});
monaco.editor.defineTheme("course-dark", {
  base: "vs-dark",
  inherit: true,
  rules: [
    { token: "keyword", foreground: "ff7b72" },
    { token: "string", foreground: "a5d6ff" },
    { token: "string.escape", foreground: "a5d6ff" },
    { token: "comment", foreground: "8b949e" },
    { token: "number", foreground: "79c0ff" },
    { token: "type", foreground: "ffa657" },
    { token: "delimiter", foreground: "e6edf3" },
    { token: "identifier", foreground: "e6edf3" },
  ],
  colors: { "editor.background": "#0d1117" },
});

// @monaco-editor/react otherwise fetches Monaco from jsDelivr.
loader.config({ monaco });

export { monaco };
