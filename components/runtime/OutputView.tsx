"use client";

import { useLayoutEffect, useMemo, useRef } from "react";
import { exitStatus } from "@/lib/runtime/exit-status";
import type { RunOutcome } from "@/lib/runtime/client";
import type { OutputPart, RunResult } from "@/lib/runtime/trace";
import { segmentText, toSegments, type Segment } from "./outputSegments";
import { RevealedText } from "./RevealedText";
import type { RunState } from "./usePythonRuntime";

interface Props {
  parts: OutputPart[];
  outcome: RunOutcome | null;
  state: RunState;
  /** Shown while nothing has run yet. */
  placeholder?: string;
  className?: string;
  /** Index into `parts` of the print to highlight (e.g. its marker on the timeline is hovered). */
  highlightPart?: number | null;
  /** The pointer entered a print (its index into `parts`) or left them all (null). */
  onHoverPart?: (index: number | null) => void;
  /** Indexes of parts whose text varies from run to run (a recorded run marks them). */
  varyingParts?: ReadonlySet<number>;
}

/**
 * Up to this many parts each get their own element, so one print can be pointed at. Beyond it
 * (a print flood) a stream's consecutive parts are one text block: far fewer DOM nodes.
 */
export const PER_PART_LIMIT = 2000;

// Background and outline: the highlight does not rest on colour alone.
const lit =
  "rounded-sm bg-amber-200 outline-2 outline-offset-1 outline-amber-700 dark:bg-amber-800/70 dark:outline-amber-300";

// A recorded value that varies from run to run: underlined with dots (not colour alone).
const varies = "underline decoration-dotted decoration-2 underline-offset-4 decoration-zinc-500";

/** A segment's parts, one element each (the trailing newline outside, so the outline hugs the text). */
function PartSpans({
  parts,
  segment,
  highlight,
  varying,
}: {
  parts: OutputPart[];
  segment: Segment;
  highlight: number | null;
  varying?: ReadonlySet<number>;
}) {
  const spans = [];
  for (let index = segment.start; index < segment.end; index++) {
    const text = parts[index]!.text;
    const body = text.endsWith("\n") ? text.slice(0, -1) : text;
    const on = index === highlight;
    spans.push(
      <span key={index} data-part={index} data-highlighted={on ? "true" : undefined}>
        <span className={on ? lit : undefined}>
          {varying?.has(index) ? (
            <span className={varies} title="This value varies from run to run">
              <RevealedText text={body} />
            </span>
          ) : (
            <RevealedText text={body} />
          )}
        </span>
        {body === text ? null : "\n"}
      </span>,
    );
  }
  return <>{spans}</>;
}

/** How long after the reader's own scrolling the pane leaves its scroll position alone. */
const READER_SCROLL_MS = 1000;

/**
 * What a program printed and how it ended. Everything is rendered as text nodes: program output
 * is never interpreted as HTML.
 */
export function OutputView({
  parts,
  outcome,
  state,
  placeholder,
  className = "",
  highlightPart = null,
  onHoverPart,
  varyingParts,
}: Props) {
  const segments = useMemo(() => toSegments(parts), [parts]);
  const perPart = parts.length <= PER_PART_LIMIT;
  const log = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const hovered = useRef<number | null>(null);
  const readerScrolledAt = useRef(-Infinity);
  const ownScroll = useRef(false);

  // Follow new output only while the reader has not scrolled up to read something.
  useLayoutEffect(() => {
    const element = log.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [segments, outcome]);

  // A print highlighted from elsewhere (the timeline) is brought into view, unless the reader is
  // pointing into this pane or scrolling it right now.
  useLayoutEffect(() => {
    const element = log.current;
    if (!element || highlightPart === null || hovered.current !== null) return;
    if (performance.now() - readerScrolledAt.current < READER_SCROLL_MS) return;
    const target = element.querySelector<HTMLElement>(`[data-part="${highlightPart}"]`);
    if (!target) return;
    const box = element.getBoundingClientRect();
    const line = target.getBoundingClientRect();
    if (line.top >= box.top && line.bottom <= box.bottom) return;
    ownScroll.current = true;
    element.scrollTop += line.top - box.top - (box.height - line.height) / 2;
  }, [highlightPart]);

  const hover = (index: number | null) => {
    if (hovered.current === index) return;
    hovered.current = index;
    onHoverPart?.(index);
  };

  const empty = segments.length === 0 && !outcome;
  return (
    <div
      ref={log}
      role="log"
      aria-label="Output"
      // A long output scrolls inside this box: keyboard readers must be able to reach and scroll it.
      tabIndex={0}
      onScroll={(event) => {
        const element = event.currentTarget;
        if (ownScroll.current) ownScroll.current = false;
        else readerScrolledAt.current = performance.now();
        pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
      }}
      onMouseOver={
        perPart && onHoverPart
          ? (event) => {
              const part = (event.target as Element).closest<HTMLElement>("[data-part]");
              hover(part ? Number(part.dataset.part) : null);
            }
          : undefined
      }
      onMouseLeave={perPart && onHoverPart ? () => hover(null) : undefined}
      className={`max-h-[28rem] min-h-24 overflow-auto rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 border border-zinc-300 bg-zinc-50 p-3 font-mono text-sm leading-relaxed text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 ${className}`}
    >
      {empty && (
        <p className="text-zinc-500 italic dark:text-zinc-400">
          {state === "idle" ? (placeholder ?? "Output appears here.") : "Running…"}
        </p>
      )}
      {segments.map((segment) => {
        const content = perPart ? (
          <PartSpans
            parts={parts}
            segment={segment}
            highlight={highlightPart}
            varying={varyingParts}
          />
        ) : (
          <RevealedText text={segmentText(parts, segment)} />
        );
        return segment.stream === "stderr" ? (
          <div
            key={segment.start}
            className="my-1 border-l-4 border-red-500 pl-2 whitespace-pre-wrap text-red-800 dark:border-red-400 dark:text-red-300"
          >
            <span className="mr-2 rounded bg-red-100 px-1 text-xs font-semibold tracking-wide uppercase select-none dark:bg-red-950">
              stderr
            </span>
            {content}
          </div>
        ) : (
          <div key={segment.start} className="whitespace-pre-wrap">
            {content}
          </div>
        );
      })}
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
  const status = exitStatus(error);
  if (status !== null) {
    // sys.exit(n) is the program's own way out, not a crash: say what a shell would see.
    return (
      <Note tone="warn">
        Exited with status {status} after {seconds} (<code>sys.exit</code>).
      </Note>
    );
  }
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
