"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { getPythonRuntime, type RunOutcome } from "@/lib/runtime/client";
import type { RunOptions } from "@/lib/runtime/engine";
import type { LoadProgress } from "@/lib/runtime/protocol";
import type { OutputPart } from "@/lib/runtime/trace";

const FRAME_MS = 16;
const NOT_STARTED: LoadProgress = { phase: "fetching", fraction: 0 };

// Workers exist only in the browser: the runtime is created on first use there, never while
// pages are rendered to static HTML.
const subscribe = (listener: () => void) => getPythonRuntime().subscribe(listener);
const getProgress = () => getPythonRuntime().getProgress();
const notStarted = () => NOT_STARTED;

/** The page's shared runtime's loading progress; starts loading Python on mount. */
export function usePythonRuntime(): LoadProgress {
  useEffect(() => getPythonRuntime().preload(), []);
  return useSyncExternalStore(subscribe, getProgress, notStarted);
}

const getIdle = () => getPythonRuntime().getIdle();
const idleOnServer = () => true;

/**
 * True while no program on the page is queued or running. Heavy work that can wait (Monaco for an
 * example the reader only scrolled near) waits for this: a run clicked at once gets the CPU and the
 * page's thread, which would otherwise hold up its output behind Monaco's parsing.
 */
export function usePythonIdle(): boolean {
  return useSyncExternalStore(subscribe, getIdle, idleOnServer);
}

/** True once Python failed to load on this page (after the runtime's own retry). */
export function usePythonLoadFailed(): boolean {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let mounted = true;
    getPythonRuntime()
      .ready()
      .catch(() => {
        if (mounted) setFailed(true);
      });
    return () => {
      mounted = false;
    };
  }, []);
  return failed;
}

export type RunState = "idle" | "waiting" | "running" | "stopping";

export interface PythonRun {
  progress: LoadProgress;
  state: RunState;
  /** Output of the current or last run, in the order it was printed. */
  parts: OutputPart[];
  outcome: RunOutcome | null;
  /**
   * Whether this program's run is queued, running or stopping, read at the moment of the call.
   * `state` is a render's copy: a key press handled before React re-renders would see an old one.
   */
  busy(): boolean;
  run(code: string, options?: RunOptions): Promise<RunOutcome | null>;
  stop(): void;
}

/**
 * One runnable program's state: output streamed in, at most one React update per frame,
 * however fast Python prints.
 */
export function usePythonRun(defaults: RunOptions = {}): PythonRun {
  const progress = usePythonRuntime();
  const [state, setRenderedState] = useState<RunState>("idle");
  const stateNow = useRef<RunState>("idle");
  const setState = useCallback((next: RunState) => {
    stateNow.current = next;
    setRenderedState(next);
  }, []);
  const [parts, setParts] = useState<OutputPart[]>([]);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const runId = useRef(0);
  const pending = useRef<OutputPart[]>([]);
  const frame = useRef<number | null>(null);
  const lastFlush = useRef(-Infinity);
  const defaultsRef = useRef(defaults);
  useEffect(() => {
    defaultsRef.current = defaults;
  });

  const flush = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    if (pending.current.length === 0) return;
    lastFlush.current = performance.now();
    const batch = pending.current;
    pending.current = [];
    setParts((previous) => previous.concat(batch));
  }, []);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const run = useCallback(
    async (code: string, options?: RunOptions) => {
      const runtime = getPythonRuntime();
      const id = ++runId.current;
      // Busy from this moment: a second press before the awaits below must not start another run.
      stateNow.current = "waiting";
      // One program at a time per page: starting this one stops whichever example still runs.
      if (runtime.busy) await runtime.stop();
      if (id !== runId.current) return null;
      pending.current = [];
      setParts([]);
      setOutcome(null);
      setState(runtime.getProgress().phase === "ready" ? "running" : "waiting");
      void runtime.ready().then(
        () => {
          if (id === runId.current && stateNow.current === "waiting") setState("running");
        },
        () => undefined,
      );
      const onOutput = (batch: OutputPart[]) => {
        if (id !== runId.current) return;
        pending.current.push(...batch);
        // Leading edge: output after a quiet frame shows at once; a stream is coalesced per frame.
        if (frame.current === null && performance.now() - lastFlush.current >= FRAME_MS) flush();
        else frame.current ??= requestAnimationFrame(flush);
      };
      const result = await runtime
        .run(code, { ...defaultsRef.current, ...options }, onOutput)
        .catch((error: unknown): RunOutcome => ({ status: "failed", message: String(error) }));
      if (id === runId.current) {
        flush();
        setOutcome(result);
        setState("idle");
      }
      return result;
    },
    [flush, setState],
  );

  const busy = useCallback(() => stateNow.current !== "idle", []);

  const stop = useCallback(() => {
    const runtime = getPythonRuntime();
    if (!runtime.busy) return;
    setState("stopping");
    void runtime.stop();
  }, [setState]);

  return { progress, state, parts, outcome, busy, run, stop };
}
