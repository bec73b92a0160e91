/** How the timeline writes virtual times and counts. */

const trim = (s: string) => (s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s);

/** A duration for sentences: "2.0 s", "250 ms", "0.25 ms", "1 min 30 s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, seconds);
  if (s >= 60) {
    const minutes = Math.floor(s / 60);
    const rest = Math.round(s - minutes * 60);
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  }
  if (s >= 1 || s === 0) return `${s.toFixed(1)} s`;
  const ms = s * 1000;
  return ms >= 1 ? `${trim(ms.toPrecision(3))} ms` : `${trim(ms.toFixed(2))} ms`;
}

/**
 * A moment for the table and the playhead, precise enough to tell a run's steps apart: seconds
 * with 3 decimals for runs up to 100 s, milliseconds for runs under 0.1 s.
 */
export function formatMoment(t: number, total: number): string {
  if (total < 0.1) return `${(t * 1000).toFixed(total < 0.01 ? 3 : 2)} ms`;
  if (total < 100) return `${t.toFixed(3)} s`;
  return `${t.toFixed(1)} s`;
}

export function formatCount(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
