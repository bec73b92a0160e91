"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { useProgress } from "@/components/progress/useProgress";
import { card, primaryButton, secondaryButton } from "@/components/quiz/styles";
import { runLabel, useProgramRun } from "@/components/quiz/useProgramRun";
import { evaluateChecks, type Evaluation } from "@/lib/exercise/evaluate";
import type { Check } from "@/lib/exercise/schema";
import { getProgressStore } from "@/lib/progress/store";
import { readString, remove, storageKey, writeString } from "@/lib/storage/local";
import { InlineText } from "@/components/quiz/InlineText";
import { OutputView } from "@/components/runtime/OutputView";
import { CheckList } from "./CheckList";

// Monaco loads only once the reader is here; the highlighted starter is the first paint.
const CodeEditor = dynamic(() => import("@/components/editor/CodeEditor"), {
  ssr: false,
  loading: () => null,
});

interface Props {
  /** Progress id: "lesson-slug/exercise-name". */
  id: string;
  title: string;
  readmeHtml: string;
  starter: string;
  starterHtml: string;
  solution: string;
  solutionHtml: string;
  hints: string[];
  checks: Check[];
}

// The same metrics as the lesson examples' code, so the editor sits where the static code was.
const METRICS = {
  fontSize: 14,
  lineHeight: 23,
  paddingTop: 16,
  paddingBottom: 16,
  paddingLeft: 20,
};

/**
 * An exercise: edit the starter, run the checks in the browser's engine, reveal hints one at a
 * time and, after a first try, the solution. Solving it is kept in progress.
 */
export function ExerciseView(props: Props) {
  const { id, title, readmeHtml, starter, starterHtml, solution, solutionHtml, hints, checks } =
    props;
  const key = storageKey("exercise", id);
  const [code, setCode] = useState(starter);
  const [wantEditor, setWantEditor] = useState(false);
  const [editorReady, setEditorReady] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const [hintsShown, setHintsShown] = useState(0);
  const [attempted, setAttempted] = useState(false);
  const [showSolution, setShowSolution] = useState(false);
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const program = useProgramRun("exercise.py");
  const solved = useProgress().exercises[id] !== undefined;

  // The reader's code from an earlier visit. After hydration, not in the first render: the static
  // HTML shows the starter, and reading storage then would make the two disagree.
  useEffect(() => {
    const saved = readString(key);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved !== null) setCode(saved);
  }, [key]);

  // Monaco loads when the reader comes near the exercise, not with the page.
  useEffect(() => {
    const element = frame.current;
    if (!element || wantEditor) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setWantEditor(true);
      },
      { rootMargin: "300px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [wantEditor]);

  const changeCode = useCallback(
    (next: string) => {
      setCode(next);
      setEvaluation(null);
      if (next === starter) remove(key);
      else writeString(key, next);
    },
    [key, starter],
  );

  // Ctrl+Enter passes the editor's text at the key press; React's `code` may be a render behind it.
  const runChecks = useCallback(
    async (typed?: string) => {
      if (program.busy()) return;
      setFailure(null);
      setEvaluation(null);
      const outcome = await program.run(typed ?? code);
      setAttempted(true);
      if ("failure" in outcome) {
        setFailure(outcome.failure);
        return;
      }
      const result = evaluateChecks(checks, outcome.result);
      setEvaluation(result);
      if (result.passed) getProgressStore().solveExercise(id);
    },
    [program, code, checks, id],
  );

  const headingId = `exercise-${id.replace(/\W+/g, "-")}`;
  return (
    <section
      className={`not-prose my-10 min-w-0 ${card}`}
      aria-labelledby={headingId}
      data-exercise={id}
      data-solved={solved ? "true" : "false"}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <p className="text-xs font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
          Exercise
        </p>
        {solved ? (
          <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100">
            ✓ Solved
          </span>
        ) : null}
      </div>
      <h2
        id={headingId}
        className="mt-1! mb-0! text-xl! font-bold! tracking-tight text-zinc-950 dark:text-white"
      >
        {title}
      </h2>
      <div
        className="mt-2 text-zinc-700 dark:text-zinc-300 [&_p]:my-2 [&_strong]:font-semibold [&_strong]:text-zinc-950 dark:[&_strong]:text-white"
        dangerouslySetInnerHTML={{ __html: readmeHtml }}
      />

      <div className="mt-4 overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
        <div
          ref={frame}
          className="code-frame relative [&_pre]:leading-[23px]"
          onPointerEnter={() => setWantEditor(true)}
          onFocusCapture={() => setWantEditor(true)}
        >
          {!editorReady &&
            (code === starter ? (
              <div dangerouslySetInnerHTML={{ __html: starterHtml }} />
            ) : (
              <pre className="shiki m-0 overflow-x-auto px-5 py-4 font-mono text-sm">
                <code>{code}</code>
              </pre>
            ))}
          {wantEditor && (
            <div className={editorReady ? "" : "pointer-events-none absolute inset-0 opacity-0"}>
              <CodeEditor
                value={code}
                onChange={changeCode}
                onRun={(typed) => void runChecks(typed)}
                ariaLabel={`Exercise code: ${title}. Ctrl+Enter runs the checks; Escape then Tab leaves the editor.`}
                {...METRICS}
                autoHeight
                onReady={() => setEditorReady(true)}
              />
            </div>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2 border-t border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900">
          <button
            type="button"
            className={primaryButton}
            disabled={program.state !== "idle"}
            onClick={() => void runChecks()}
          >
            {runLabel(program.progress, program.state, "Run checks")}
          </button>
          <button
            type="button"
            className={secondaryButton}
            disabled={code === starter}
            onClick={() => changeCode(starter)}
          >
            Reset code
          </button>
          <button
            type="button"
            className={secondaryButton}
            disabled={hintsShown >= hints.length}
            onClick={() => setHintsShown((n) => Math.min(n + 1, hints.length))}
          >
            {hintsShown >= hints.length
              ? "No more hints"
              : `Show hint ${hintsShown + 1} of ${hints.length}`}
          </button>
          <button
            type="button"
            className={secondaryButton}
            disabled={!attempted && !solved}
            title={attempted || solved ? undefined : "Run the checks once first"}
            aria-expanded={showSolution}
            onClick={() => setShowSolution((shown) => !shown)}
          >
            {showSolution ? "Hide solution" : "Show solution"}
          </button>
        </div>
      </div>

      {hintsShown > 0 ? (
        <ol className="mt-4 grid gap-2 text-sm" aria-label="Hints">
          {hints.slice(0, hintsShown).map((hint, index) => (
            <li
              key={index}
              className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
            >
              <span className="font-semibold">Hint {index + 1}: </span>
              <InlineText text={hint} />
            </li>
          ))}
        </ol>
      ) : null}

      {attempted || program.state !== "idle" ? (
        <OutputView
          parts={program.parts}
          outcome={program.outcome}
          state={program.state}
          className="mt-4 max-h-60"
        />
      ) : null}
      {failure ? <p className="mt-4 text-sm text-rose-700 dark:text-rose-400">{failure}</p> : null}
      {evaluation ? (
        <div className="mt-4 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <CheckList evaluation={evaluation} />
        </div>
      ) : null}

      {showSolution ? (
        <div className="mt-4" data-solution>
          <p className="mb-2 text-sm font-semibold text-zinc-800 dark:text-zinc-200">A solution</p>
          <div className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
            <div className="code-frame" dangerouslySetInnerHTML={{ __html: solutionHtml }} />
          </div>
          <button
            type="button"
            className={`${secondaryButton} mt-2`}
            onClick={() => changeCode(solution)}
          >
            Put the solution in the editor
          </button>
        </div>
      ) : null}
    </section>
  );
}
