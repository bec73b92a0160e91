/**
 * The timeline's look. States are told apart by pattern and outline as well as colour, so they read
 * in grayscale and for colour-blind readers: running = solid, waiting = light with diagonal
 * hatching, ready-but-not-running = dotted with a dashed outline, blocked (in time.sleep) = dark
 * with stripes the other way. Colours are CSS variables set on
 * the root (light and dark, see THEME_VARS), so these inline styles follow the theme.
 */
import type { CSSProperties } from "react";

/** Tailwind classes on the timeline's root: the palette, light and dark. */
export const THEME_VARS = [
  "[--tl-running:#4f46e5] dark:[--tl-running:#818cf8]",
  "[--tl-running-edge:#3730a3] dark:[--tl-running-edge:#c7d2fe]",
  "[--tl-running-text:#ffffff] dark:[--tl-running-text:#09090b]",
  "[--tl-wait-bg:#e0f2fe] dark:[--tl-wait-bg:#0c2a3f]",
  "[--tl-wait-hatch:rgb(2_132_199/0.35)] dark:[--tl-wait-hatch:rgb(56_189_248/0.35)]",
  "[--tl-wait-edge:#7dd3fc] dark:[--tl-wait-edge:#0369a1]",
  "[--tl-wait-text:#0c4a6e] dark:[--tl-wait-text:#e0f2fe]",
  "[--tl-ready-bg:#fef3c7] dark:[--tl-ready-bg:#3b1a06]",
  "[--tl-ready-dot:#b45309] dark:[--tl-ready-dot:#fbbf24]",
  "[--tl-ready-edge:#d97706] dark:[--tl-ready-edge:#f59e0b]",
  "[--tl-blocked:#be123c] dark:[--tl-blocked:#fb7185]",
  "[--tl-blocked-stripe:rgb(255_255_255/0.25)] dark:[--tl-blocked-stripe:rgb(0_0_0/0.28)]",
  "[--tl-blocked-edge:#881337] dark:[--tl-blocked-edge:#fecdd3]",
  "[--tl-blocked-text:#ffffff] dark:[--tl-blocked-text:#09090b]",
  "[--tl-link:#71717a] dark:[--tl-link:#a1a1aa]",
  "[--tl-wake:#047857] dark:[--tl-wake:#34d399]",
  "[--tl-playhead:#dc2626] dark:[--tl-playhead:#f87171]",
  "[--tl-surface:#ffffff] dark:[--tl-surface:#18181b]",
].join(" ");

export const RUNNING: CSSProperties = {
  background: "var(--tl-running)",
  boxShadow: "inset 0 0 0 1px var(--tl-running-edge)",
  color: "var(--tl-running-text)",
};

export const WAITING: CSSProperties = {
  backgroundColor: "var(--tl-wait-bg)",
  backgroundImage:
    "repeating-linear-gradient(-45deg, transparent 0 4px, var(--tl-wait-hatch) 4px 5.5px)",
  boxShadow: "inset 0 0 0 1px var(--tl-wait-edge)",
  color: "var(--tl-wait-text)",
};

export const READY: CSSProperties = {
  backgroundColor: "var(--tl-ready-bg)",
  backgroundImage: "radial-gradient(var(--tl-ready-dot) 1px, transparent 1.4px)",
  backgroundSize: "5px 5px",
  outline: "1.5px dashed var(--tl-ready-edge)",
  outlineOffset: "-1.5px",
};

export const BLOCKED: CSSProperties = {
  backgroundColor: "var(--tl-blocked)",
  backgroundImage:
    "repeating-linear-gradient(45deg, transparent 0 4px, var(--tl-blocked-stripe) 4px 6px)",
  boxShadow: "inset 0 0 0 1px var(--tl-blocked-edge)",
  color: "var(--tl-blocked-text)",
};

export const STATE_STYLE = {
  running: RUNNING,
  waiting: WAITING,
  ready: READY,
  blocked: BLOCKED,
} as const;
