// How fast a run replays. The speed control shows the reader's setting and only ever changes when
// the reader presses it. A long run replayed faster than that (because the reader never picked a
// speed) is a decision about that one run: it is said beside the control, and the next run starts
// from the reader's setting again. Stop and "Skip to end" show the rest at once; they are not
// speed choices either.
import { formatDuration } from "@/lib/timeline/format";
import { defaultSpeed, type ReplaySpeed } from "./clock";

/** The speed the control shows as selected: the reader's choice, or 1× until they make one. */
export function speedSetting(chosen: ReplaySpeed | null): ReplaySpeed {
  return chosen ?? 1;
}

export interface ReplayPace {
  /** The speed this run replays at. */
  speed: ReplaySpeed;
  /** Why it is faster than the setting (the run is long and no speed was chosen), or null. */
  faster: { duration: number } | null;
}

/** How a run of `duration` virtual seconds replays, given the reader's choice (or none). */
export function paceFor(duration: number, chosen: ReplaySpeed | null): ReplayPace {
  if (chosen !== null) return { speed: chosen, faster: null };
  const speed = defaultSpeed(duration);
  return { speed, faster: speed === speedSetting(null) ? null : { duration } };
}

/** The words beside the speed control while (and after) a run replays faster than the setting. */
export function paceNote(pace: ReplayPace | null, replaying: boolean): string | null {
  if (!pace?.faster) return null;
  const long = `because the run is long (${formatDuration(pace.faster.duration)})`;
  if (pace.speed === "instant") return `Shown at once ${long}`;
  return `${replaying ? "Replaying" : "Replayed"} at ${pace.speed}× ${long}`;
}
