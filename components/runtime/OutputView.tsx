"use client";

import { useLayoutEffect, useMemo, useRef } from "react";
import type { RunOutcome } from "@/lib/runtime/client";
import type { OutputPart, RunResult } from "@/lib/runtime/trace";
import type { RunState } from "./usePythonRuntime";

interface Props {
  parts: OutputPart[];
  outcome: RunOutcome | null;
  state: RunState;
  /** Shown while nothing has run yet. */
  placeholder?: string;
  className?: string;
}

interface Segment {
  stream: OutputPart["stream"];
  text: string;
}

/** Consecutive parts of one stream become one block: fewer DOM nodes during a print flood. */
function toSegments(parts: OutputPart[]): Segment[] {
  const segments: Segment[] = [];
  for (const part of parts) {
    const last = segments.at(-1);
    if (last && last.stream === part.stream) last.text += part.text;
    else segments.push({ stream: part.stream, text: part.text });
  }
  return segments;
}

/**
 * What a program printed and how it ended. Everything is rendered as text nodes: program output
 * is never interpreted as HTML.
 */
export function OutputView({ parts, outcome, state, placeholder, className = "" }: Props) {
  const segments = useMemo(() => toSegments(parts), [parts]);
  const log = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);

  // Follow new output only while the reader has not scrolled up to read something.
  useLayoutEffect(() => {
    const element = log.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [segments, outcome]);

  const empty = segments.length === 0 && !outcome;
  return (
    <div
      ref={log}
      role="log"
      aria-label="Output"
      onScroll={(event) => {
        const element = event.currentTarget;
        pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
      }}
      className={`max-h-[28rem] min-h-24 overflow-auto rounded-md border border-zinc-300 bg-zinc-50 p-3 font-mono text-sm leading-relaxed text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 ${className}`}
    >
      {empty && (
        <p className="text-zinc-500 italic dark:text-zinc-400">
          {state === "idle" ? (placeholder ?? "Output appears here.") : "Running…"}
        </p>
      )}
      {segments.map((segment, index) =>
        segment.stream === "stderr" ? (
          <div
            key={index}
            className="my-1 border-l-4 border-red-500 pl-2 whitespace-pre-wrap text-red-800 dark:border-red-400 dark:text-red-300"
          >
            <span className="mr-2 rounded bg-red-100 px-1 text-xs font-semibold tracking-wide uppercase select-none dark:bg-red-950">
              stderr
            </span>
            {segment.text}
          </div>
        ) : (
          <div key={index} className="whitespace-pre-wrap">
            {segment.text}
          </div>
        ),
      )}
      {outcome && <OutcomeView outcome={outcome} />}
    </div>
  );
}

function OutcomeView({ outcome }: { outcome: RunOutcome }) {
  switch (outcome.status) {
    case "finished":
      return <ResultSummary result={outcome.result} />;
    case "stopped":
      if (outcome.via === "interrupt") return <ResultSummary result={outcome.result} stopped />;
      return (
        <Note tone="warn">
          {outcome.via === "terminate"
            ? "Stopped. Python was restarted to end the program."
            : "Stopped before Python was ready."}
        </Note>
      );
    case "crashed":
      return (
        <Note tone="error">
          Python crashed and was restarted. Run the program again to retry. ({outcome.message})
        </Note>
      );
    case "failed":
      return <Note tone="error">Python could not run the program: {outcome.message}</Note>;
  }
}

/**
 * One plain sentence on how the run ended. The engine already wrote the traceback or the limit's
 * note into stderr (where CPython would print it), so this only names it.
 */
function ResultSummary({ result, stopped }: { result: RunResult; stopped?: boolean }) {
  const seconds = `${result.elapsed.toFixed(1)} s`;
  const { error, limit } = result;
  if (error) {
    const where = error.line !== null ? ` on line ${error.line}` : "";
    return (
      <Note tone="error">
        Ended with an error after {seconds}: <strong>{error.type}</strong>
        {error.message && `: ${error.message}`}
        {where}.
      </Note>
    );
  }
  if (limit) {
    return (
      <Note tone="warn">
        {stopped || limit.kind === "stopped"
          ? `Stopped after ${seconds}: you pressed Stop.`
          : `Stopped after ${seconds}: ${limitSentence(limit.message)}`}
      </Note>
    );
  }
  return (
    <p className="mt-2 font-sans text-sm text-zinc-600 dark:text-zinc-400">
      Finished in {seconds}{" "}
      <span title="Time on the program's own clock: sleeps take no real time here">
        (virtual time)
      </span>
      .
    </p>
  );
}

/** "output limit: the program printed…" → "Output limit: the program printed…." */
function limitSentence(message: string): string {
  const text = message.trim();
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function Note({ tone, children }: { tone: "warn" | "error"; children: React.ReactNode }) {
  const colours =
    tone === "warn"
      ? "border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-500 dark:bg-amber-950/50 dark:text-amber-200"
      : "border-red-400 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950/60 dark:text-red-200";
  return <p className={`mt-2 rounded border p-2 font-sans ${colours}`}>{children}</p>;
}
