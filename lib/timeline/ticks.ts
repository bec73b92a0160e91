/** Axis ticks at round steps, for any run from a millisecond to many minutes. */
import type { Tick } from "./types";

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

export function chooseTicks(total: number, maxTicks = 8): { step: number; ticks: Tick[] } {
  const step = tickStep(total, maxTicks);
  const ticks: Tick[] = [];
  for (let i = 0; i * step <= total * (1 + 1e-9); i++) {
    const t = Number((i * step).toPrecision(12));
    ticks.push({ t, x: total > 0 ? t / total : 0, label: tickLabel(t, step, total) });
  }
  return { step, ticks };
}
