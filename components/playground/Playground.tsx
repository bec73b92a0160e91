"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { TaskLine } from "@/lib/loop/state";
import type { CodeEditorHandle, EditorMarker } from "@/components/editor/CodeEditor";
import { ExampleToolbar } from "@/components/example/ExampleToolbar";
import { HOLD_PRESSES, useHeldPresses, useHydrated } from "@/components/input/heldPresses";
import { claimRuntime } from "@/components/example/runOwner";
import { runSummary } from "@/components/example/runSummary";
import { RecordedSection } from "@/components/example/RecordedSection";
import { RunResults } from "@/components/example/RunResults";
import { useReplay } from "@/components/example/useReplay";
import { usePythonLoadFailed, usePythonRun } from "@/components/runtime/usePythonRuntime";
import { preloadPython } from "@/lib/runtime/client";
import { decodeShareFragment, type SharedCode } from "@/lib/share/link";
import { readString, storageKey, writeString } from "@/lib/storage/local";
import { ShareButton } from "./ShareButton";
import type { Starter } from "./starters";
import { useHashChanges, useLocationHash } from "./useLocationHash";

preloadPython();

const CodeEditor = dynamic(() => import("@/components/editor/CodeEditor"), {
  ssr: false,
  loading: () => null,
});

const DRAFT_KEY = storageKey("playground");
/** The editor loads once Python is ready, when the reader reaches for the code, or after this. */
const EDITOR_AT_LATEST_MS = 10_000;
const EDITOR_HEIGHT = "max(20rem, min(60vh, 36rem))";
const noChanges = () => () => undefined;

interface Props {
  starters: Starter[];
}

/**
 * The playground: one program, edited in Monaco, run with top-level `await` allowed. A share link
 * in the URL fragment opens its program (and never runs it by itself); otherwise the reader's last
 * draft or the first starter.
 */
export function Playground({ starters }: Props) {
  const hash = useLocationHash();
  const shared = useMemo(() => decodeShareFragment(hash), [hash]);
  // A new link (hashchange) is a new session: its code replaces whatever was being edited. (The
  // link the page was opened with arrives right after hydration, in the same session.)
  return <PlaygroundSession key={useHashChanges()} starters={starters} shared={shared} />;
}

function PlaygroundSession({ starters, shared }: { starters: Starter[]; shared: SharedCode }) {
  const fallback = starters[0]?.code ?? "";
  const savedDraft = useSyncExternalStore(
    noChanges,
    () => readString(DRAFT_KEY),
    () => null,
  );
  const [base, setBase] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [starterId, setStarterId] = useState("");
  const [focusLine, setFocusLine] = useState<number | null>(null);
  const [taskLines, setTaskLines] = useState<TaskLine[] | null>(null);
  const [editorReady, setEditorReady] = useState(false);
  const [editorWanted, setEditorWanted] = useState(false);
  const editor = useRef<CodeEditorHandle>(null);
  const root = useRef<HTMLDivElement>(null);
  // The starter menu works only with the script: until then it is disabled (a pick made natively
  // would not load the starter). Run and Share pressed before are kept, and acted on once this
  // session renders with the browser's state (the shared link's code).
  const hydrated = useHydrated();
  useHeldPresses(root);
  const standIn = useRef<HTMLPreElement>(null);
  const python = usePythonRun({ topLevelAwait: true, filename: "main.py" });
  const loadFailed = usePythonLoadFailed();
  const replay = useReplay(python.parts, python.outcome, python.state);
  // Monaco and Pyodide starting together compete for the same cores and both come later; the
  // static code below stands in until Python is ready (asking for the editor loads it at once).
  // Nor while a first run started at once is going: its clock counts real computing time.
  const quiet = python.progress.phase === "ready" && python.state === "idle" && !replay.replaying;
  // Latched during render (React's pattern for state derived from a change): once loaded, the
  // editor stays, whatever runs later.
  if (quiet && !editorWanted) setEditorWanted(true);
  // The deadline never falls during a run clicked before Python was ready: on a busy machine Python
  // can be ready after the deadline, and Monaco's parsing would then hold up the run's output (as
  // measured on lessons, where a nearby example's Monaco delayed a run's first line 0.3–1.5 s).
  const mountedAt = useRef<number | null>(null);
  const waiting = python.state !== "idle";
  useEffect(() => {
    mountedAt.current ??= performance.now();
    if (waiting) return;
    const left = EDITOR_AT_LATEST_MS - (performance.now() - mountedAt.current);
    const timer = setTimeout(() => setEditorWanted(true), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [waiting]);
  const wantEditor = () => setEditorWanted(true);

  const original = base ?? (shared.kind === "code" ? shared.code : fallback);
  const code = draft ?? (shared.kind === "code" ? shared.code : (savedDraft ?? fallback));

  const changeCode = useCallback((next: string) => {
    setDraft(next);
    writeString(DRAFT_KEY, next);
  }, []);

  // Run and Ctrl+Enter both come here; like the examples', it reads the editor's model and the
  // runner at the moment of the press, never a render's copy of them.
  const { busy: runBusy, run: runPython } = python;
  const { isReplaying, start: startReplay } = replay;
  const run = useCallback(
    (typed?: string) => {
      if (runBusy() || isReplaying()) return;
      claimRuntime("playground");
      startReplay();
      void runPython(typed ?? editor.current?.getValue() ?? code);
    },
    [runBusy, isReplaying, startReplay, runPython, code],
  );

  const pickStarter = (id: string) => {
    const starter = starters.find((s) => s.id === id);
    if (!starter) return;
    setStarterId(id);
    setBase(starter.code);
    changeCode(starter.code);
  };

  // Until the reader runs something, a starter's code (unedited) shows that starter's recorded
  // run; it stays while a run waits for Python, and the live run replaces it.
  const recorded = starters.find((starter) => starter.code === code)?.recorded ?? null;
  const started = replay.now !== null || python.state !== "idle";
  const live = started && !(recorded && python.state === "waiting");

  const outcome = replay.shownOutcome;
  const shownResult = outcome && "result" in outcome ? outcome.result : null;
  // The timeline gets the whole run at once; its playhead follows the replay clock.
  const result = python.outcome && "result" in python.outcome ? python.outcome.result : null;
  const marker = useMemo<EditorMarker | null>(() => {
    const error = shownResult?.error;
    if (!error || error.line === null) return null;
    return {
      line: error.line,
      column: error.column,
      message: `${error.type}${error.message ? `: ${error.message}` : ""}`,
    };
  }, [shownResult]);

  return (
    <div ref={root} className="flex flex-col gap-4" {...HOLD_PRESSES}>
      {shared.kind === "error" && (
        <div
          role="alert"
          className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-500 dark:bg-amber-950/50 dark:text-amber-200"
        >
          <p className="font-semibold">This share link could not be opened.</p>
          <p>{shared.message} The editor shows the default program instead.</p>
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <label className="flex items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
          Start from
          <select
            value={starterId}
            disabled={!hydrated}
            onChange={(event) => pickStarter(event.target.value)}
            className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm disabled:cursor-progress disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="" disabled>
              a starter program…
            </option>
            {starters.map((starter) => (
              <option key={starter.id} value={starter.id}>
                {starter.title}
              </option>
            ))}
          </select>
        </label>
        <ShareButton code={code} />
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)]">
        <div className="overflow-hidden rounded-xl border border-zinc-200 shadow-sm dark:border-zinc-800">
          <div className="relative" style={{ height: EDITOR_HEIGHT }}>
            {!editorReady && (
              <pre
                className="absolute inset-0 m-0 overflow-auto bg-white p-4 font-mono text-sm leading-[23px] text-zinc-900 dark:bg-[#0d1117] dark:text-zinc-100"
                ref={standIn}
                aria-label="Python program (the editor is loading)"
                tabIndex={0}
                onPointerDown={wantEditor}
                onFocus={wantEditor}
              >
                {code}
              </pre>
            )}
            {editorWanted && (
              <div className={editorReady ? "h-full" : "h-full opacity-0"}>
                <CodeEditor
                  ref={editor}
                  value={code}
                  onChange={changeCode}
                  onRun={run}
                  ariaLabel="Python program. Ctrl+Enter runs it; Escape then Tab leaves the editor."
                  fontSize={14}
                  lineHeight={23}
                  paddingTop={16}
                  paddingBottom={16}
                  paddingLeft={16}
                  height={EDITOR_HEIGHT}
                  marker={marker}
                  highlightedLine={focusLine}
                  taskLines={taskLines}
                  onReady={() => {
                    // The reader was in the stand-in: carry the focus over to the editor.
                    const hadFocus = document.activeElement === standIn.current;
                    setEditorReady(true);
                    if (hadFocus) editor.current?.focus();
                  }}
                />
              </div>
            )}
          </div>
          <ExampleToolbar
            progress={python.progress}
            state={python.state}
            edited={code !== original}
            replaying={replay.replaying}
            speed={replay.speed}
            speedNote={replay.speedNote}
            status={runSummary(outcome, false)}
            loadFailed={loadFailed}
            onRun={() => run()}
            onStop={python.state === "idle" ? replay.skip : python.stop}
            onReset={() => changeCode(original)}
            onSpeed={replay.chooseSpeed}
            onSkip={replay.skip}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          {recorded && !live ? (
            <RecordedSection
              recorded={recorded}
              edited={false}
              predict={false}
              loadFailed={loadFailed}
              onLineFocus={setFocusLine}
              className=""
            />
          ) : (
            <RunResults
              parts={replay.visible}
              outcome={outcome}
              state={replay.replaying && python.state === "idle" ? "running" : python.state}
              result={result}
              now={replay.now}
              onSeek={replay.seek}
              onLineFocus={setFocusLine}
              onTaskLines={setTaskLines}
              placeholder="Press Run (or Ctrl+Enter in the editor) to see what the program prints."
              outputClassName="lg:max-h-[36rem]"
            />
          )}
        </div>
      </div>
    </div>
  );
}
