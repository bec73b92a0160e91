/**
 * Comparing runs of one program: what differs between the two recording runs (so the page can say
 * which values vary), and whether a fresh run still matches a stored recording (the drift check).
 * Pure: no engine, no file system.
 */
import type { RunResultWire } from "@/lib/runtime/trace";
import type { Recording, Varies } from "./format";

/** The run without what always differs: the engine's own wall time. */
export function stable(run: RunResultWire): RunResultWire {
  return { ...run, wallMs: 0 };
}

/** The run with `texts`' print texts (and stdout/stderr) in place of its own. */
function withTextsOf(run: RunResultWire, texts: RunResultWire): RunResultWire {
  return {
    ...stable(run),
    stdout: texts.stdout,
    stderr: texts.stderr,
    trace: {
      ...run.trace,
      prints: run.trace.prints.map((print, index) => {
        const other = texts.trace.prints[index];
        return other ? [print[0], other[1], print[2], print[3]] : print;
      }),
    },
  };
}

/** The first place two JSON values differ, as a path and both values (short), or null. */
export function firstDifference(a: unknown, b: unknown, at = "run"): string | null {
  if (Object.is(a, b)) return null;
  const bothObjects = typeof a === "object" && typeof b === "object" && a !== null && b !== null;
  if (bothObjects && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`,
      );
      if (found) return found;
    }
    return null;
  }
  const short = (value: unknown) => {
    const text = JSON.stringify(value) ?? "undefined";
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  };
  return `${at}: recorded ${short(a)}, now ${short(b)}`;
}

/** Whether two runs printed and ran the same things at all (their texts and times aside). */
function sameShape(a: RunResultWire, b: RunResultWire): boolean {
  return (
    a.trace.prints.length === b.trace.prints.length &&
    a.trace.tasks.name.length === b.trace.tasks.name.length &&
    a.error?.type === b.error?.type &&
    a.limit?.kind === b.limit?.kind
  );
}

/** Every time in a run, sorted: which task they belong to aside. */
function times(run: RunResultWire): string {
  const steps = run.trace.steps;
  const all: number[] = [run.trace.end, ...run.trace.idle];
  for (let i = 0; i < steps.length; i += 6) {
    all.push(steps[i + 1] ?? 0, steps[i + 2] ?? 0, steps[i + 4] ?? -1);
  }
  for (const print of run.trace.prints) all.push(print[2]);
  return all.sort((a, b) => a - b).join(",");
}

/**
 * What differs between the recorded run (`first`), `again` (the same program run again with the
 * interpreter's memory laid out differently) and `slower` (as on a slower device). `shown` is
 * false when they differ in shape: that program gets no recording on the page.
 */
export function variation(
  first: RunResultWire,
  again: RunResultWire[],
  slower: RunResultWire,
): { varies: Varies | null; shown: boolean } {
  const others = [...again, slower];
  const same = JSON.stringify(stable(first));
  if (others.every((other) => JSON.stringify(stable(other)) === same)) {
    return { varies: null, shown: true };
  }
  if (!others.every((other) => sameShape(first, other))) {
    return { varies: { parts: [], trace: true, computing: false }, shown: false };
  }
  const parts = first.trace.prints.flatMap((print, index) =>
    others.every((other) => other.trace.prints[index]![1] === print[1]) ? [] : [index],
  );
  const traceDiffers = (other: RunResultWire) => JSON.stringify(withTextsOf(other, first)) !== same;
  return {
    varies: {
      parts,
      trace: others.some(traceDiffers),
      // Other times, not only the same times in other tasks (a set's order varies on its own).
      computing: times(slower) !== times(first),
    },
    shown: true,
  };
}

/**
 * Why a fresh run of the recorded program contradicts its recording, or null when it does not.
 * Only what the recording marks as varying may differ: the texts of its varying parts, and with
 * `trace` the trace (times, which task is which) but not the other texts or how the run ended.
 */
export function drift(recording: Recording, fresh: RunResultWire): string | null {
  const stored = recording.result;
  if (!recording.shown) return null;
  if (!recording.varies) return firstDifference(stable(stored), stable(fresh));
  if (!sameShape(stored, fresh)) {
    return firstDifference(
      { prints: stored.trace.prints.length, tasks: stored.trace.tasks.name.length },
      { prints: fresh.trace.prints.length, tasks: fresh.trace.tasks.name.length },
    );
  }
  const varying = new Set(recording.varies.parts);
  for (const [index, print] of stored.trace.prints.entries()) {
    const text = fresh.trace.prints[index]![1];
    if (!varying.has(index) && text !== print[1]) {
      return `run.trace.prints[${index}]: recorded ${JSON.stringify(print[1])}, now ${JSON.stringify(text)}`;
    }
  }
  if (recording.varies.trace) {
    // Times and task order may differ; how the run ended may not (its shape is checked above).
    const ending = (run: RunResultWire) => ({
      error: run.error && { type: run.error.type, line: run.error.line },
      limit: run.limit?.kind ?? null,
    });
    return firstDifference(ending(stored), ending(fresh));
  }
  return firstDifference(stable(stored), withTextsOf(fresh, stored));
}

/**
 * Whether a fresh recording says nothing the stored one does not: same program, run the same way,
 * the same things marked as varying, and its run within what the stored one lets vary. Then
 * `npm run record` keeps the stored file, so re-recording unchanged programs leaves no diff (an
 * object's address or a computed time would otherwise change on every re-recording).
 */
export function agrees(stored: Recording, fresh: Recording): boolean {
  return (
    stored.source === fresh.source &&
    stored.shown === fresh.shown &&
    JSON.stringify(stored.options) === JSON.stringify(fresh.options) &&
    JSON.stringify(stored.varies) === JSON.stringify(fresh.varies) &&
    drift(stored, fresh.result) === null
  );
}
