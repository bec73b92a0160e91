"use client";

import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { TaskLine } from "@/lib/loop/state";
import type { CodeEditorHandle, EditorMarker } from "@/components/editor/CodeEditor";
import { HOLD_PRESSES, useHeldPresses } from "@/components/input/heldPresses";
import {
  usePythonIdle,
  usePythonLoadFailed,
  usePythonRun,
} from "@/components/runtime/usePythonRuntime";
import type { ShownRecording } from "@/lib/recorded/load";
import { preloadPython } from "@/lib/runtime/client";
import { exampleCodeKey, readString, remove, writeString } from "@/lib/storage/local";
import { ExampleToolbar } from "./ExampleToolbar";
import { FileIcon } from "./FileIcon";
import { RecordedSection } from "./RecordedSection";
import { claimRuntime, onOwnerChange } from "./runOwner";
import { runSummary } from "./runSummary";
import { StaticCode } from "./StaticCode";
import { useReplay } from "./useReplay";

// A lesson with examples starts loading Python as soon as its script runs, before hydration.
preloadPython();

// None of these is needed for the first paint, so none is part of the page's first JavaScript:
// Monaco loads for examples the reader comes near, the output pane and timeline once Python is
// ready (before the first run needs them), the share-link encoder with the editor.
const CodeEditor = lazy(() => import("@/components/editor/CodeEditor"));
const loadRunResults = () => import("./RunResults");
const RunResults = lazy(() => loadRunResults().then((m) => ({ default: m.RunResults })));
type ShareLinks = typeof import("@/lib/share/link");
const loadShareLinks = () => import("@/lib/share/link");

interface Props {
  /** The lesson's program (without a trailing newline). */
  code: string;
  /** The same, highlighted at build time: the first paint. */
  html: string;
  /** "Open in playground" for the lesson's program (the share link, made at build time). */
  playgroundHref: string;
  file: string;
  title?: string;
  lessonSlug: string;
  /** The unedited program's run, recorded at build time: shown until the reader runs it. */
  recorded?: ShownRecording | null;
  /** The prose asks the reader to predict the output: the recording stays folded until asked. */
  predict?: boolean;
}

const noChanges = () => () => undefined;

interface Metrics {
  fontSize: number;
  lineHeight: number;
  paddingTop: number;
  paddingBottom: number;
  paddingLeft: number;
}

/** The static code's font and spacing, so the editor that replaces it lines up exactly. */
function measure(frame: HTMLElement): Metrics | null {
  const pre = frame.querySelector("pre");
  const code = pre?.querySelector("code");
  if (!pre || !code) return null;
  const preStyle = getComputedStyle(pre);
  const codeStyle = getComputedStyle(code);
  const px = (value: string) => Number.parseFloat(value) || 0;
  return {
    fontSize: px(preStyle.fontSize),
    lineHeight: px(preStyle.lineHeight),
    paddingTop: px(preStyle.paddingTop),
    paddingBottom: px(preStyle.paddingBottom),
    paddingLeft: px(codeStyle.paddingLeft),
  };
}

/**
 * A lesson example the reader can edit and run. It paints as highlighted code, swaps in Monaco
 * when it comes near the viewport or gets focus, and replays the run's output in virtual time.
 */
export function LiveExample({
  code: original,
  html,
  playgroundHref,
  file,
  title,
  lessonSlug,
  recorded = null,
  predict = false,
}: Props) {
  const id = useId();
  const storage = exampleCodeKey(lessonSlug, file);
  const [draft, setDraft] = useState<string | null>(null);
  // An edit saved on an earlier visit (read after hydration: the server knows none).
  const saved = useSyncExternalStore(
    noChanges,
    () => readString(storage),
    () => null,
  );
  const code = draft ?? saved ?? original;
  const [wantEditor, setWantEditor] = useState(false);
  const [near, setNear] = useState(false);
  const [editorReady, setEditorReady] = useState(false);
  const [metrics, setMetrics] = useState<Metrics | null>(null);
  const [preempted, setPreempted] = useState(false);
  const [focusLine, setFocusLine] = useState<number | null>(null);
  const [taskLines, setTaskLines] = useState<TaskLine[] | null>(null);
  const focusOnReady = useRef(false);
  const frame = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  const editor = useRef<CodeEditorHandle>(null);
  const python = usePythonRun({ filename: file });
  const loadFailed = usePythonLoadFailed();
  const replay = useReplay(python.parts, python.outcome, python.state);
  const edited = code !== original;

  const measureOnce = useCallback(() => {
    if (frame.current && !metrics) setMetrics(measure(frame.current));
  }, [metrics]);
  const requestEditor = useCallback(() => {
    measureOnce();
    setWantEditor(true);
  }, [measureOnce]);

  useEffect(() => {
    const element = frame.current;
    if (!element || wantEditor || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        // A restored edit needs the editor at once: the highlighted code is not what it holds.
        const restored = (readString(storage) ?? original) !== original;
        if (restored) requestEditor();
        else if (entries.some((entry) => entry.isIntersecting)) {
          measureOnce();
          setNear(true);
        }
      },
      { rootMargin: "300px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [wantEditor, near, requestEditor, measureOnce, storage, original]);

  // Another example took the runtime while this one ran: its run was stopped for that.
  const busy = python.state !== "idle";
  useEffect(
    () =>
      onOwnerChange((owner) => {
        if (owner !== id && busy) setPreempted(true);
      }),
    [id, busy],
  );

  const changeCode = useCallback(
    (next: string) => {
      setDraft(next);
      if (next === original) remove(storage);
      else writeString(storage, next);
    },
    [original, storage],
  );

  // Run and Ctrl+Enter both come here. Nothing in it may be a render's copy: a key press can be
  // handled before React re-rendered for the keystrokes just before it, and then ran older code (or
  // none) and judged "busy" from an old state. The editor's model and the runner are read now.
  const { busy: runBusy, run: runPython } = python;
  const { isReplaying, start: startReplay } = replay;
  const run = useCallback(
    (typed?: string) => {
      if (runBusy() || isReplaying()) return;
      // The output pane's code, in case Python is not ready yet (it loads then otherwise): on a
      // repeat visit Python is ready soon after the page, and the bench saw the first output shown
      // ~0.4 s after it reached the page, while this code was loading.
      void loadRunResults();
      setPreempted(false);
      claimRuntime(id);
      startReplay();
      void runPython(typed ?? editor.current?.getValue() ?? code);
    },
    [runBusy, isReplaying, startReplay, runPython, code, id],
  );

  // Run (or a speed) pressed before the page's script: acted on once this example renders with
  // the browser's state (a saved edit is what runs).
  useHeldPresses(figure);

  const reset = useCallback(() => {
    changeCode(original);
    editor.current?.focus();
  }, [changeCode, original]);

  const outcome = replay.shownOutcome;
  const marker = useMemo<EditorMarker | null>(() => {
    const error = outcome && "result" in outcome ? outcome.result.error : null;
    if (!error || error.line === null) return null;
    return {
      line: error.line,
      column: error.column,
      message: `${error.type}${error.message ? `: ${error.message}` : ""}`,
    };
  }, [outcome]);

  // Near the viewport, Monaco waits for Python, and for a run clicked before Python was ready to
  // finish, in this example or in any other on the page: on a cold visit both would compete for
  // the CPU and delay Run, and loading it as that run starts held up its first line by ~1 s (the
  // page thread busy parsing Monaco). Measured: with only this example's own run counted, the
  // example below the one clicked loaded Monaco when Python became ready, and its 0.3–1.5 s of
  // parsing kept the run's first line off the page that long. Pointing at or focusing the code
  // loads it at once. Latched during render (React's pattern for state derived from a change): once
  // shown, the editor stays while this or another example runs.
  const pythonReady = python.progress.phase === "ready";
  const pageIdle = usePythonIdle();
  const quiet = near && pythonReady && python.state === "idle" && pageIdle;
  if (quiet && !wantEditor) setWantEditor(true);
  const showEditor = wantEditor || quiet;

  useEffect(() => {
    if (pythonReady) void loadRunResults();
  }, [pythonReady]);
  // Edits happen in the editor (or come back from storage): the encoder for their link comes then.
  const [shareLinks, setShareLinks] = useState<ShareLinks | null>(null);
  useEffect(() => {
    if ((showEditor || edited) && !shareLinks) void loadShareLinks().then(setShareLinks);
  }, [showEditor, edited, shareLinks]);
  const openHref =
    edited && shareLinks
      ? `/playground/${shareLinks.encodeShareFragment(code)}`
      : edited
        ? "/playground/"
        : playgroundHref;

  const started = replay.now !== null || python.state !== "idle";
  // A recording stays until the live run really starts (Run pressed while Python still loads
  // waits for it): then the live run replaces it.
  const live = started && !(recorded && python.state === "waiting");
  // The timeline gets the whole run at once; its playhead follows the replay clock.
  const result = python.outcome && "result" in python.outcome ? python.outcome.result : null;

  return (
    <figure
      ref={figure}
      className="example live-example not-prose"
      data-example-file={file}
      {...HOLD_PRESSES}
    >
      <figcaption className="example-caption">
        <FileIcon />
        <span className="font-mono">{file}</span>
        {title ? <span className="example-title">{title}</span> : null}
        {edited ? (
          <span className="rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
            edited
          </span>
        ) : null}
        <a
          className="ml-auto text-xs font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
          href={openHref}
        >
          Open in playground
        </a>
      </figcaption>
      <div
        ref={frame}
        className="code-frame relative [&_pre]:leading-[21px] sm:[&_pre]:leading-[23px]"
        onFocusCapture={() => {
          if (!editorReady) {
            focusOnReady.current = true;
            requestEditor();
          }
        }}
        onPointerEnter={requestEditor}
      >
        {!editorReady && <StaticCode html={edited ? null : html} code={code} file={file} />}
        {showEditor && metrics && (
          <div className={editorReady ? "" : "pointer-events-none absolute inset-0 opacity-0"}>
            <Suspense fallback={null}>
              <CodeEditor
                ref={editor}
                value={code}
                onChange={changeCode}
                onRun={run}
                ariaLabel={`Python code: ${file}. Ctrl+Enter runs it; Escape then Tab leaves the editor.`}
                {...metrics}
                autoHeight
                marker={marker}
                highlightedLine={focusLine}
                taskLines={taskLines}
                onReady={() => {
                  setEditorReady(true);
                  if (focusOnReady.current) editor.current?.focus();
                }}
              />
            </Suspense>
          </div>
        )}
      </div>
      <ExampleToolbar
        progress={python.progress}
        state={python.state}
        edited={edited}
        replaying={replay.replaying}
        speed={replay.speed}
        speedNote={replay.speedNote}
        status={runSummary(outcome, preempted)}
        loadFailed={loadFailed}
        onRun={() => run()}
        onStop={python.state === "idle" ? replay.skip : python.stop}
        onReset={reset}
        onSpeed={replay.chooseSpeed}
        onSkip={replay.skip}
      />
      {!live && recorded && (
        <RecordedSection
          recorded={recorded}
          edited={edited}
          predict={predict}
          loadFailed={loadFailed}
          onLineFocus={setFocusLine}
        />
      )}
      {live && (
        <div className="example-results border-t border-zinc-200 p-3 dark:border-zinc-800">
          {preempted && (
            <p className="mb-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-500 dark:bg-amber-950/50 dark:text-amber-200">
              Stopped: another example on this page started running, and examples share one Python.
            </p>
          )}
          <Suspense fallback={null}>
            <RunResults
              parts={replay.visible}
              outcome={preempted ? null : outcome}
              state={replay.replaying && python.state === "idle" ? "running" : python.state}
              result={result}
              now={replay.now}
              onSeek={replay.seek}
              onLineFocus={setFocusLine}
              onTaskLines={setTaskLines}
              outputClassName="max-h-80"
            />
          </Suspense>
        </div>
      )}
    </figure>
  );
}
