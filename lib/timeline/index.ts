export { LANES_PER_SLICE, layoutSlices, layoutTimeline, type LayoutOptions } from "./layout";
export { focusLine, laneStateAt, stateAt } from "./state";
export { chooseTicks, TICK_FONT, tickBoxes, ticksForWidth, tickStep } from "./ticks";
export { formatDuration, formatMoment } from "./format";
export type * from "./types";
