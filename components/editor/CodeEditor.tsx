"use client";

import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from "react";
import type { TaskLine } from "@/lib/loop/state";
import { monaco } from "./monaco";
import "./editor.css";

type StandaloneEditor = Parameters<OnMount>[0];

/** Where a run's error points in the code (1-based; column only for syntax errors). */
export interface EditorMarker {
  line: number;
  column: number | null;
  message: string;
}

/** What a parent (the live example, the timeline) may do to the editor. */
export interface CodeEditorHandle {
  focus(): void;
  /**
   * The text in the editor now (what the reader typed, even if React has not re-rendered yet);
   * null before Monaco is there.
   */
  getValue(): string | null;
  /** Highlights one line (e.g. where the timeline's playhead stands), or none. */
  highlightLine(line: number | null): void;
}

export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  /** Ctrl/Cmd+Enter, with the editor's text at the moment of the key press. */
  onRun?(code: string): void;
  ariaLabel: string;
  /** Font metrics in px; an example passes those of the static code it replaces. */
  fontSize: number;
  lineHeight: number;
  paddingTop: number;
  paddingBottom: number;
  /** Space left of the text, in px. */
  paddingLeft: number;
  /** Grow with the content (examples) instead of filling a fixed height (playground). */
  autoHeight?: boolean;
  height?: string;
  marker?: EditorMarker | null;
  highlightedLine?: number | null;
  /** Lines where tasks stand (the event loop view's step mode), each tagged with its tasks. */
  taskLines?: TaskLine[] | null;
  /** Called once the editor is on screen (with its final height, when autoHeight). */
  onReady?(): void;
  ref?: Ref<CodeEditorHandle>;
}

function useSiteTheme(): "course-light" | "course-dark" {
  const [dark, setDark] = useState(() => document.documentElement.classList.contains("dark"));
  useEffect(() => {
    const root = document.documentElement;
    const observer = new MutationObserver(() => setDark(root.classList.contains("dark")));
    observer.observe(root, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);
  return dark ? "course-dark" : "course-light";
}

/** The editor's text with "\n" line endings (what runs, whatever the reader pasted). */
function textOf(editor: StandaloneEditor | null): string | null {
  return editor?.getModel()?.getValue(monaco.editor.EndOfLinePreference.LF) ?? null;
}

const MONO_FONTS =
  'ui-monospace, "SF Mono", SFMono-Regular, Menlo, "Cascadia Code", Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace';

/** Monaco with the Python language, sized like the site's code, and keyboard-friendly. */
export default function CodeEditor({
  value,
  onChange,
  onRun,
  ariaLabel,
  fontSize,
  lineHeight,
  paddingTop,
  paddingBottom,
  paddingLeft,
  autoHeight = false,
  height = "24rem",
  marker = null,
  highlightedLine = null,
  taskLines = null,
  onReady,
  ref,
}: CodeEditorProps) {
  const theme = useSiteTheme();
  const editorRef = useRef<StandaloneEditor | null>(null);
  const highlight = useRef<ReturnType<StandaloneEditor["createDecorationsCollection"]> | null>(
    null,
  );
  const errorLine = useRef<ReturnType<StandaloneEditor["createDecorationsCollection"]> | null>(
    null,
  );
  const taskMarks = useRef<ReturnType<StandaloneEditor["createDecorationsCollection"]> | null>(
    null,
  );
  const [contentHeight, setContentHeight] = useState<number | null>(null);
  const [mounted, setMounted] = useState(false);
  const callbacks = useRef({ onRun, onReady });
  useLayoutEffect(() => {
    callbacks.current = { onRun, onReady };
  });

  const setHighlight = (line: number | null) => {
    const editor = editorRef.current;
    if (!editor || !highlight.current) return;
    const model = editor.getModel();
    if (line === null || !model || line < 1 || line > model.getLineCount()) {
      highlight.current.clear();
      return;
    }
    highlight.current.set([
      {
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: "editor-focus-line" },
      },
    ]);
    editor.revealLineInCenterIfOutsideViewport(line);
  };

  useImperativeHandle(ref, () => ({
    focus: () => editorRef.current?.focus(),
    getValue: () => textOf(editorRef.current),
    highlightLine: setHighlight,
  }));

  useEffect(() => {
    if (mounted) setHighlight(highlightedLine);
  }, [highlightedLine, mounted]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!mounted || !model || !taskMarks.current) return;
    // One mark per line, naming the tasks that stand there (the running one first).
    const marks = (taskLines ?? []).filter(
      (mark) => mark.line >= 1 && mark.line <= model.getLineCount(),
    );
    taskMarks.current.set(
      marks.map(({ line, labels, count, running }) => ({
        range: new monaco.Range(line, 1, line, model.getLineMaxColumn(line)),
        options: {
          isWholeLine: true,
          className: running ? "editor-task-running" : "editor-task-line",
          after: {
            content: `  ← ${labels.map((label, k) => (k === 0 && running ? `▶ ${label}` : label)).join(", ")}${count > labels.length ? ` +${count - labels.length}` : ""}`,
            inlineClassName: "editor-task-tag",
          },
        },
      })),
    );
  }, [taskLines, mounted, value]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!mounted || !editor || !model) return;
    if (!marker || marker.line < 1 || marker.line > model.getLineCount()) {
      monaco.editor.setModelMarkers(model, "run", []);
      errorLine.current?.clear();
      return;
    }
    const { line } = marker;
    const lastColumn = model.getLineMaxColumn(line);
    const firstColumn = model.getLineFirstNonWhitespaceColumn(line) || 1;
    const startColumn = marker.column ? Math.min(marker.column, lastColumn) : firstColumn;
    const endColumn = marker.column ? Math.min(startColumn + 1, lastColumn) : lastColumn;
    monaco.editor.setModelMarkers(model, "run", [
      {
        severity: monaco.MarkerSeverity.Error,
        message: marker.message,
        startLineNumber: line,
        startColumn,
        endLineNumber: line,
        endColumn: Math.max(endColumn, startColumn + 1),
      },
    ]);
    errorLine.current?.set([
      {
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          className: "editor-error-line",
          linesDecorationsClassName: "editor-error-gutter",
        },
      },
    ]);
  }, [marker, mounted, value]);

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor;
    highlight.current = editor.createDecorationsCollection();
    errorLine.current = editor.createDecorationsCollection();
    taskMarks.current = editor.createDecorationsCollection();
    // An action, not `addCommand`: Monaco keeps one keybinding table for every editor on the page,
    // and a command's keybinding is not tied to its editor, so Ctrl+Enter ran the example whose
    // editor mounted last. An action's keybinding applies only while its own editor has focus.
    const runAction = editor.addAction({
      id: "asyncio-live.run",
      label: "Run",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      // The model's text now: the keystrokes just before this one may not have reached React yet.
      run: () => callbacks.current.onRun?.(textOf(editor) ?? ""),
    });
    editor.onDidDispose(() => runAction.dispose());
    // Tab indents; Esc then Tab leaves the editor (the next key other than Tab re-arms indenting).
    editor.onKeyDown((event) => {
      if (event.keyCode === monaco.KeyCode.Escape) editor.updateOptions({ tabFocusMode: true });
      else if (event.keyCode !== monaco.KeyCode.Tab && event.keyCode !== monaco.KeyCode.Shift)
        editor.updateOptions({ tabFocusMode: false });
    });
    editor.onDidBlurEditorText(() => editor.updateOptions({ tabFocusMode: false }));
    if (autoHeight) {
      setContentHeight(editor.getContentHeight());
      editor.onDidContentSizeChange((event) => {
        if (event.contentHeightChanged) setContentHeight(event.contentHeight);
      });
    }
    setMounted(true);
  };

  // The text is Monaco's while the reader types; `value` only brings changes from outside (Reset,
  // a starter). Not @monaco-editor/react's `value` prop: it applies it in a passive effect, which
  // may run after a keystroke the render did not include yet. It then put the older text back and
  // threw the caret to the end (typing fast on a slow machine). A layout effect runs before any
  // further input is handled.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!mounted || !editor || !model) return;
    // Compared with "\n" line endings on both sides: a pasted "\r\n" is not a change.
    const text = value.replace(/\r\n?/g, "\n");
    if (model.getValue(monaco.editor.EndOfLinePreference.LF) === text) return;
    editor.executeEdits("outside", [
      { range: model.getFullModelRange(), text, forceMoveMarkers: true },
    ]);
    editor.pushUndoStop();
  }, [value, mounted]);

  useEffect(() => {
    if (!mounted) return;
    // One frame for the height to apply before the parent hides what the editor replaces.
    const frame = requestAnimationFrame(() => callbacks.current.onReady?.());
    return () => cancelAnimationFrame(frame);
  }, [mounted]);

  return (
    <Editor
      defaultValue={value}
      onChange={(next) => onChange(next ?? "")}
      language="python"
      theme={theme}
      onMount={handleMount}
      loading={null}
      height={autoHeight ? (contentHeight ?? "100%") : height}
      options={{
        ariaLabel,
        fontFamily: MONO_FONTS,
        fontSize,
        lineHeight,
        padding: { top: paddingTop, bottom: paddingBottom },
        lineNumbers: "off",
        glyphMargin: false,
        folding: false,
        lineDecorationsWidth: paddingLeft,
        lineNumbersMinChars: 0,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        scrollBeyondLastColumn: 0,
        renderLineHighlight: "none",
        guides: { indentation: false },
        overviewRulerLanes: 0,
        hideCursorInOverviewRuler: true,
        overviewRulerBorder: false,
        automaticLayout: true,
        tabSize: 4,
        insertSpaces: true,
        quickSuggestions: false,
        wordBasedSuggestions: "currentDocument",
        unicodeHighlight: { ambiguousCharacters: true, invisibleCharacters: true },
        scrollbar: {
          vertical: autoHeight ? "hidden" : "auto",
          horizontalScrollbarSize: 8,
          // A growing editor is as tall as its lines and padding, like the static code it
          // replaces: a scrollbar under long lines lies over the bottom padding (16 px) instead of
          // making the editor 8 px taller than that code the moment it appears.
          ignoreHorizontalScrollbarInContentHeight: autoHeight,
          alwaysConsumeMouseWheel: false,
        },
        fixedOverflowWidgets: true,
      }}
    />
  );
}
