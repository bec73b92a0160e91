/** Sizes shared by the chart's parts (pixels). */
export const ROW_HEIGHT = 40;
export const AXIS_HEIGHT = 32;
/** Space before 0 and after the end, so marks at either end are not cut off. */
export const PAD_LEFT = 8;
export const PAD_RIGHT = 20;

/** Virtual time under the pointer, from the track's inner (padded) box. */
export function timeAtPointer(clientX: number, track: Element, total: number): number {
  const inner = track.firstElementChild ?? track;
  const r = inner.getBoundingClientRect();
  const f = r.width > 0 ? (clientX - r.left) / r.width : 0;
  return Math.min(1, Math.max(0, f)) * total;
}
