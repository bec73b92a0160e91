"use client";

import type { Link } from "@/lib/timeline";
import { ROW_HEIGHT } from "./geometry";

/** A task creating several others at one moment (a gather) draws one line with a dot per child. */
export interface FanOut {
  x: number;
  from: number;
  to: number[];
}

export function fanOuts(links: Link[], gap = 0.03): FanOut[] {
  // Creating a thousand tasks takes a while; creations close together share one line.
  const open = new Map<number, FanOut>();
  const fans: FanOut[] = [];
  for (const l of links) {
    if (l.kind !== "created") continue;
    const group = open.get(l.from.lane);
    if (group && l.from.x - group.x <= gap) {
      group.to.push(l.to.lane);
      continue;
    }
    const fan = { x: l.from.x, from: l.from.lane, to: [l.to.lane] };
    open.set(l.from.lane, fan);
    fans.push(fan);
  }
  return fans;
}

interface Props {
  id: string;
  fans: FanOut[];
  wakes: Link[];
  /** Row index of lane 0 of this run. */
  firstRow: number;
  /** Rows on screen (inclusive). */
  window: [number, number];
}

const centre = (row: number) => row * ROW_HEIGHT + ROW_HEIGHT / 2;

/**
 * Creator → child links (solid, ending in a dot) and waker → woken links (dashed, ending in an
 * arrow), clipped to the rows on screen so 1,000 lanes cost no more than ten.
 */
export function TimelineLinks({ id, fans, wakes, firstRow, window: [lo, hi] }: Props) {
  const top = centre(lo - 1);
  const bottom = centre(hi + 1);
  const clip = (y: number) => Math.min(bottom, Math.max(top, y));
  const pct = (x: number) => `${x * 100}%`;
  return (
    <>
      <defs>
        <marker
          id={`${id}-arrow`}
          viewBox="0 0 6 6"
          refX="5"
          refY="3"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L6,3 L0,6 z" style={{ fill: "var(--tl-wake)" }} />
        </marker>
      </defs>
      {fans.map((f) => {
        const rows = f.to.map((lane) => firstRow + lane);
        const from = firstRow + f.from;
        const far = Math.max(...rows, from);
        const near = Math.min(...rows, from);
        if (far < lo - 1 || near > hi + 1) return null;
        const y1 = clip(centre(near));
        const y2 = clip(centre(far));
        return (
          <g key={`${f.from}-${f.x}`} style={{ stroke: "var(--tl-link)", fill: "var(--tl-link)" }}>
            <line x1={pct(f.x)} x2={pct(f.x)} y1={y1} y2={y2} strokeWidth={1.25} />
            {rows
              .filter((r) => r >= lo - 1 && r <= hi + 1)
              .map((r) => (
                <circle key={r} cx={pct(f.x)} cy={centre(r)} r={2.5} />
              ))}
          </g>
        );
      })}
      {wakes.map((w, i) => {
        const a = firstRow + w.from.lane;
        const b = firstRow + w.to.lane;
        if (Math.max(a, b) < lo - 1 || Math.min(a, b) > hi + 1) return null;
        const down = b > a;
        return (
          <line
            key={i}
            x1={pct(w.from.x)}
            x2={pct(w.to.x)}
            y1={clip(centre(a))}
            y2={clip(centre(b) + (down ? -9 : 9))}
            strokeWidth={1.25}
            strokeDasharray="3 2"
            markerEnd={`url(#${id}-arrow)`}
            style={{ stroke: "var(--tl-wake)" }}
          />
        );
      })}
    </>
  );
}
