/** Axis ticks at round steps, for any run from a millisecond to many minutes. */
import type { Tick, TickAlign } from "./types";

/** Round steps in seconds: 1-2-5 per decade below a minute, whole minutes above. */
function candidateSteps(): number[] {
  const steps: number[] = [];
  for (let exp = -7; exp <= 1; exp++) {
    for (const m of [1, 2, 5]) steps.push(m * 10 ** exp);
  }
  steps.push(15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200);
  // 10**exp is inexact for negative exponents; round away the float noise.
  return steps.map((s) => Number(s.toPrecision(6)));
}
const STEPS = candidateSteps();

/** The smallest round step that gives at most `maxTicks` ticks from 0 to `total`. */
export function tickStep(total: number, maxTicks = 8): number {
  const limit = Math.max(2, maxTicks);
  for (const step of STEPS) {
    if (Math.floor(total / step + 1e-9) + 1 <= limit) return step;
  }
  return STEPS[STEPS.length - 1]!;
}

const decimals = (x: number) => {
  const s = String(Number(x.toPrecision(6)));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
};

/** A tick's label in the unit that suits the step: "250 ms", "1.5 s", "2 min". */
export function tickLabel(t: number, step: number, total: number): string {
  if (step >= 60) return `${Number((t / 60).toFixed(decimals(step / 60)))} min`;
  if (total < 1) {
    const ms = t * 1000;
    return `${ms.toFixed(decimals(step * 1000))} ms`;
  }
  return `${t.toFixed(decimals(step))} s`;
}

/** The first label starts at its tick (0 sits at the track's left edge); one near the right edge
 * ends at it, so it stays in the track's padding; the others are centred on their tick. */
function tickAlign(i: number, x: number): TickAlign {
  if (i === 0) return "start";
  return x > 0.97 ? "end" : "middle";
}

function ticksAt(total: number, step: number): Tick[] {
  const ticks: Tick[] = [];
  for (let i = 0; i * step <= total * (1 + 1e-9); i++) {
    const t = Number((i * step).toPrecision(12));
    const x = total > 0 ? t / total : 0;
    ticks.push({ t, x, label: tickLabel(t, step, total), align: tickAlign(i, x) });
  }
  return ticks;
}

export function chooseTicks(total: number, maxTicks = 8): { step: number; ticks: Tick[] } {
  const step = tickStep(total, maxTicks);
  return { step, ticks: ticksAt(total, step) };
}

/** How the axis draws a label: 10 px monospace, whose characters are 0.6 em wide in the system
 * fonts we list (SF Mono, Menlo, Consolas, DejaVu Sans Mono...), rounded up; nudged 2 px off its
 * tick when aligned to one side. */
export const TICK_FONT = { charPx: 6.2, nudgePx: 2 } as const;
/** Least room between two labels, in pixels (four characters): they read as separate numbers,
 * and a wide axis is not crowded with twenty of them. */
export const TICK_GAP_PX = 24;

/** Where each label lies along a track `width` pixels wide: [left, right] in pixels. */
export function tickBoxes(ticks: Tick[], width: number): [number, number][] {
  const { charPx, nudgePx } = TICK_FONT;
  return ticks.map((tick) => {
    const at = tick.x * width;
    const w = tick.label.length * charPx;
    if (tick.align === "start") return [at - nudgePx, at - nudgePx + w];
    if (tick.align === "end") return [at - nudgePx - w, at - nudgePx];
    return [at - w / 2, at + w / 2];
  });
}

/** Smallest gap between neighbouring labels on a track `width` pixels wide. */
export function smallestTickGap(ticks: Tick[], width: number): number {
  const boxes = tickBoxes(ticks, width);
  let least = Infinity;
  for (let i = 1; i < boxes.length; i++) least = Math.min(least, boxes[i]![0] - boxes[i - 1]![1]);
  return least;
}

/**
 * The finest round step whose labels keep `gap` pixels apart on a track `width` pixels wide (a
 * phone's 170 px or a wide screen's 1,200), so they never touch. At least two ticks (0 and one
 * more) while the run is as long as the coarsest step; a track too narrow even for those gets them.
 */
export function ticksForWidth(
  total: number,
  width: number,
  gap = TICK_GAP_PX,
): { step: number; ticks: Tick[] } {
  let coarsest: { step: number; ticks: Tick[] } | null = null;
  for (const step of STEPS) {
    const count = Math.floor(total / step + 1e-9) + 1;
    if (count < 2) break;
    // More labels than pixels allow at one character each cannot fit: skip without building them.
    if (count * TICK_FONT.charPx > width) continue;
    const ticks = ticksAt(total, step);
    coarsest = { step, ticks };
    if (smallestTickGap(ticks, width) >= gap) return coarsest;
  }
  return coarsest ?? chooseTicks(total, 2);
}
