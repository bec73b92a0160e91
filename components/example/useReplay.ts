"use client";

import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { RunOutcome } from "@/lib/runtime/client";
import type { OutputPart } from "@/lib/runtime/trace";
import {
  catchUp,
  clockNow,
  isReplayDone,
  seekTo,
  skipToEnd,
  startClock,
  visibleCount,
  withEnd,
  withSpeed,
  type ReplayClock,
  type ReplaySpeed,
} from "@/lib/replay/clock";
import { paceFor, paceNote, speedSetting, type ReplayPace } from "@/lib/replay/pace";
import { readString, storageKey, writeString } from "@/lib/storage/local";
import type { RunState } from "@/components/runtime/usePythonRuntime";

const SPEED_KEY = storageKey("replay-speed");

const noChanges = () => () => undefined;

function storedSpeed(): ReplaySpeed | null {
  const value = readString(SPEED_KEY);
  return value === "1" ? 1 : value === "4" ? 4 : value === "instant" ? "instant" : null;
}

export interface Replay {
  /** The replay clock in virtual seconds, or null before the first run. */
  now: number | null;
  /** The output parts the clock has reached. */
  visible: OutputPart[];
  /** The run's outcome once the clock reached its end (null while replaying). */
  shownOutcome: RunOutcome | null;
  replaying: boolean;
  /** The reader's speed setting, what the control shows: it changes only when they press it. */
  speed: ReplaySpeed;
  /** Whether the reader picked the speed (otherwise a long run replays faster). */
  speedChosen: boolean;
  /** Said beside the control when this run replays faster than the setting, and why. */
  speedNote: string | null;
  /**
   * Whether a replay is under way, read from the clock at the moment of the call (`replaying` is
   * a render's copy). A run whose result has not reached the clock yet counts as replaying.
   */
  isReplaying(): boolean;
  /** Starts the clock: call when Run is pressed. */
  start(): void;
  chooseSpeed(speed: ReplaySpeed): void;
  skip(): void;
  /** Holds the clock at virtual time `t` (the timeline's playhead). */
  seek(t: number): void;
}

function endOf(outcome: RunOutcome): number | null {
  return "result" in outcome ? outcome.result.elapsed : null;
}

/**
 * Replays a run's output on its virtual clock: parts appear when the clock passes their time,
 * and the outcome when it reaches the run's end. The clock starts when the program starts (after
 * Python is ready), so a replay never holds a result back longer than duration / speed.
 */
export function useReplay(
  parts: OutputPart[],
  outcome: RunOutcome | null,
  state: RunState,
): Replay {
  const [clock, setClock] = useState<ReplayClock | null>(null);
  const [now, setNow] = useState<number | null>(null);
  const [picked, setPicked] = useState<ReplaySpeed | null>(null);
  const stored = useSyncExternalStore(noChanges, storedSpeed, () => null);
  const chosen = picked ?? stored;
  const clockRef = useRef<ReplayClock | null>(null);
  // This run's own pace when it differs from the setting (a long run, no speed chosen).
  const [pace, setPace] = useState<ReplayPace | null>(null);
  // The previous run's outcome stays in state until the new run clears it: never replay to it.
  const [staleOutcome, setStaleOutcome] = useState<RunOutcome | null>(null);

  const update = useCallback((next: ReplayClock | null) => {
    clockRef.current = next;
    setClock(next);
    setNow(next ? clockNow(next, performance.now()) : null);
  }, []);

  // What a press of Run reads: the values of the last commit, not of the render its handler
  // was created in.
  const latest = useRef({ outcome, chosen });
  useLayoutEffect(() => {
    latest.current = { outcome, chosen };
  });

  const start = useCallback(() => {
    const { outcome: previous, chosen: speedChosen } = latest.current;
    setStaleOutcome(previous);
    setPace(null);
    // Every run starts at the reader's setting, whatever the last one was replayed at.
    update(startClock(performance.now(), speedSetting(speedChosen)));
  }, [update]);

  const isReplaying = useCallback(() => {
    const current = clockRef.current;
    return current !== null && !current.held && !isReplayDone(current, performance.now());
  }, []);

  // While Python loads, the program has not started: restart the clock when it does.
  const previousState = useRef(state);
  useEffect(() => {
    const current = clockRef.current;
    if (previousState.current === "waiting" && state === "running" && current && !current.held)
      update({ ...current, originMs: performance.now(), originT: 0 });
    previousState.current = state;
  }, [state, update]);

  // The result fixes the end; without a reader's choice a long run switches to a faster speed.
  useEffect(() => {
    const current = clockRef.current;
    if (!outcome || !current || current.end !== null || outcome === staleOutcome) return;
    const wall = performance.now();
    const end = endOf(outcome) ?? Math.max(0, ...parts.map((part) => part.t));
    let next = withEnd(current, end);
    // The reader pressed Stop, or the run crashed before it could report: show what arrived, at
    // once (a stopped program's clock may run ahead of the wall clock, so it is not replayed).
    if (endOf(outcome) === null || outcome.status === "stopped") {
      next = skipToEnd(next, wall);
    } else if (!current.held && current.speed === speedSetting(chosen)) {
      const runPace = paceFor(end, chosen);
      next = withSpeed(next, runPace.speed, wall);
      setPace(runPace.faster ? runPace : null);
    }
    update(next);
  }, [outcome, staleOutcome, parts, chosen, update]);

  // New output reads the clock at once, before paint, rather than at the next frame's tick: the
  // first line of a warm run shows in the frame it arrived in. Output that comes later than the
  // clock (the program started late) holds the clock back to it.
  const partsSeen = useRef(0);
  useLayoutEffect(() => {
    if (!clock || clock.held) return;
    const wall = performance.now();
    const last = parts.length > partsSeen.current ? parts.at(-1) : undefined;
    partsSeen.current = parts.length;
    const next = last && state === "running" ? catchUp(clock, last.t, wall) : clock;
    if (next !== clock) update(next);
    else setNow(clockNow(clock, wall));
  }, [parts, clock, state, update]);

  // One clock reading per frame until the replay is done.
  useEffect(() => {
    if (!clock || clock.held) return;
    let frame = 0;
    const tick = () => {
      const wall = performance.now();
      setNow(clockNow(clock, wall));
      if (!isReplayDone(clock, wall)) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [clock]);

  const chooseSpeed = useCallback(
    (speed: ReplaySpeed) => {
      setPicked(speed);
      setPace(null);
      writeString(SPEED_KEY, String(speed));
      const current = clockRef.current;
      if (current) update({ ...withSpeed(current, speed, performance.now()), held: false });
    },
    [update],
  );

  const skip = useCallback(() => {
    const current = clockRef.current;
    setPace(null);
    if (current) update(skipToEnd(current, performance.now()));
  }, [update]);

  const seek = useCallback(
    (t: number) => {
      const current = clockRef.current;
      if (current) update(seekTo(current, t, performance.now()));
    },
    [update],
  );

  const done = clock !== null && clock.end !== null && now !== null && now >= clock.end;
  // At the end everything shows, also text written after the program's last moment (a traceback).
  const count = now === null ? 0 : done ? parts.length : visibleCount(parts, now);
  const visible = useMemo(() => parts.slice(0, count), [parts, count]);
  // A sought moment before the end shows the output up to then, and no verdict yet.
  const fresh = outcome !== staleOutcome;
  const shownOutcome = outcome && fresh && (done || !clock) ? outcome : null;

  const replaying = clock !== null && !done && !clock.held;
  return {
    now,
    visible: clock ? visible : parts,
    shownOutcome,
    replaying,
    speed: speedSetting(chosen),
    speedChosen: chosen !== null,
    speedNote: paceNote(pace, replaying),
    isReplaying,
    start,
    chooseSpeed,
    skip,
    seek,
  };
}
