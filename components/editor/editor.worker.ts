// Monaco's editor worker as a module file of our own. Turbopack copies Monaco's own
// `new URL(".../editorWebWorkerMain.js", import.meta.url)` unbundled, and that copy cannot resolve
// its imports; a worker entry that Turbopack bundles itself loads fine.
import "monaco-editor/editor/editor.worker";
