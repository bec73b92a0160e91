// Replaying a run's output on its virtual clock. Python finishes a program long before its virtual
// time has passed (sleeps cost nothing), so the page shows each output part when a replay clock,
// started with the run, reaches the part's timestamp. Pure functions of wall time: no timers here.

export type ReplaySpeed = 1 | 4 | "instant";
export const REPLAY_SPEEDS: readonly ReplaySpeed[] = [1, 4, "instant"];

/** Longest replay at 1× (seconds of wall time) before a run defaults to a faster speed. */
const ONE_X_LIMIT = 5;
/** Longest replay at 4×. */
const FOUR_X_LIMIT = 40;

/** The speed a run of this virtual duration replays at unless the reader chose one. */
export function defaultSpeed(duration: number): ReplaySpeed {
  if (duration <= ONE_X_LIMIT) return 1;
  if (duration <= FOUR_X_LIMIT) return 4;
  return "instant";
}

/** Longest time (ms) a replay at `speed` may hold back a result after the run's start. */
export function replayBudgetMs(duration: number, speed: ReplaySpeed): number {
  return speed === "instant" ? 0 : (Math.max(0, duration) / speed) * 1000;
}

export interface ReplayClock {
  /** Wall time (ms) at which the clock read `originT`. */
  readonly originMs: number;
  /** Virtual seconds at `originMs`. */
  readonly originT: number;
  readonly speed: ReplaySpeed;
  /** The run's virtual duration once its result is known. */
  readonly end: number | null;
  /** Stopped at `originT` (the reader sought a moment). */
  readonly held: boolean;
}

/** A clock at virtual 0 at wall time `wallMs`. */
export function startClock(wallMs: number, speed: ReplaySpeed): ReplayClock {
  return { originMs: wallMs, originT: 0, speed, end: null, held: false };
}

/** Virtual seconds the replay shows at wall time `wallMs` (never past the run's end). */
export function clockNow(clock: ReplayClock, wallMs: number): number {
  let t: number;
  if (clock.held) t = clock.originT;
  else if (clock.speed === "instant") t = Infinity;
  else t = clock.originT + (Math.max(0, wallMs - clock.originMs) / 1000) * clock.speed;
  return clock.end === null ? t : Math.min(t, clock.end);
}

/** Changes speed without a jump: the clock keeps its current reading. */
export function withSpeed(clock: ReplayClock, speed: ReplaySpeed, wallMs: number): ReplayClock {
  const now = clockNow(clock, wallMs);
  return { ...clock, speed, originMs: wallMs, originT: Number.isFinite(now) ? now : 0 };
}

/**
 * Output stamped `t` arrived at wall time `wallMs`. If the clock has already passed `t`, the
 * program started later than the clock did (its worker was still busy, say): the clock goes back
 * to `t`, so the rest of the output keeps the program's own spacing instead of arriving in a rush.
 */
export function catchUp(clock: ReplayClock, t: number, wallMs: number): ReplayClock {
  if (clock.held || clock.end !== null || clock.speed === "instant") return clock;
  const lateMs = ((clockNow(clock, wallMs) - t) / clock.speed) * 1000;
  return lateMs > LATE_MS ? { ...clock, originMs: wallMs, originT: t } : clock;
}

/** Output later than this (wall ms) holds the clock back; less is not worth a visible pause. */
const LATE_MS = 30;

/** The run ended after `end` virtual seconds. */
export function withEnd(clock: ReplayClock, end: number): ReplayClock {
  return { ...clock, end };
}

/** Holds the clock at `t` (clamped to the run), e.g. while the reader drags a playhead. */
export function seekTo(clock: ReplayClock, t: number, wallMs: number): ReplayClock {
  const upper = clock.end ?? Math.max(t, 0);
  return { ...clock, originMs: wallMs, originT: Math.min(Math.max(t, 0), upper), held: true };
}

/** Shows everything: the rest of the run appears as soon as it arrives. */
export function skipToEnd(clock: ReplayClock, wallMs: number): ReplayClock {
  return { ...withSpeed(clock, "instant", wallMs), held: false };
}

/** True once the result is known and the clock has reached it. */
export function isReplayDone(clock: ReplayClock, wallMs: number): boolean {
  return clock.end !== null && clockNow(clock, wallMs) >= clock.end;
}

/**
 * How many of `parts`, in print order, the clock has reached: the longest prefix whose timestamps
 * are at or before `now`. (Times are in order in practice; a stray later stamp holds back what
 * follows rather than reordering the output.)
 */
export function visibleCount(parts: readonly { t: number }[], now: number): number {
  let count = 0;
  while (count < parts.length && parts[count]!.t <= now + 1e-9) count += 1;
  return count;
}
