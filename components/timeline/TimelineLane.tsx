"use client";

import { memo } from "react";
import {
  formatMoment,
  type Lane,
  type LaneState,
  type PrintGroup,
  type Segment,
} from "@/lib/timeline";
import { describeState, markText, STATE_NAMES } from "./describe";
import { PAD_LEFT, PAD_RIGHT, ROW_HEIGHT } from "./geometry";
import { LaneLabel } from "./LaneLabel";
import { STATE_STYLE } from "./palette";

interface Props {
  lane: Lane;
  state: LaneState;
  total: number;
  top: number;
  labelWidth: number;
  /** Pixels the track has at least: decides which bars have room for their label. */
  trackWidth: number;
  /** A lane of the pinned run drawn for comparison. */
  pinned: boolean;
  picked: boolean;
  highlightPrint: number | null;
  onPick(lane: Lane): void;
  /** `track` is the lane's track; its first child is the padded box times are measured in. */
  onTrackClick(lane: Lane, clientX: number, track: HTMLElement): void;
  onPrintHover(group: PrintGroup | null, target: HTMLElement | null): void;
}

const CHAR_PX = 6.2;

function segmentText(s: Segment): string {
  if (s.state === "waiting") return s.awaiting ?? "";
  if (s.state === "ready") return "ready";
  if (s.state === "blocked") return `blocked: ${s.awaiting ?? ""}`;
  return "running";
}

function segmentTitle(lane: Lane, s: Segment, total: number): string {
  const what =
    s.state === "waiting"
      ? `waiting on ${s.awaiting}`
      : s.state === "ready"
        ? s.awaiting === "start"
          ? "ready to start, not running"
          : `ready (after ${s.awaiting}), not running`
        : s.state === "blocked"
          ? `blocked in ${s.awaiting}${lane.kind === "thread" ? "" : " (nothing else can run)"}`
          : STATE_NAMES.running;
  const line = s.line === null ? "" : `, line ${s.line}`;
  return `${lane.label} ${what}: ${formatMoment(s.start, total)} – ${formatMoment(s.end, total)}${line}`;
}

function OutcomeMark({ lane }: { lane: Lane }) {
  // The top level's end is the program's: marked only when the reader stopped it (a program of
  // no tasks has no other lane to say so).
  if (lane.mark === null || (lane.taskId === null && lane.mark !== "stopped")) return null;
  // A long mark near the right edge sits inside the lane's end rather than past it.
  const long = lane.mark === "cancelled" || lane.mark === "stopped";
  const inside = long && lane.x1 > (lane.mark === "stopped" ? 0.6 : 0.85);
  const tone =
    lane.mark === "✓"
      ? "text-emerald-700 dark:text-emerald-400"
      : lane.mark === "✗"
        ? "text-red-700 dark:text-red-400"
        : "text-zinc-600 dark:text-zinc-300";
  return (
    <span
      aria-hidden="true"
      title={lane.outcomeText}
      className={`pointer-events-none absolute top-1/2 text-[11px] leading-none font-semibold whitespace-nowrap ${tone} ${
        // Inside the lane's end it sits on a bar: on the chart's own colour to stay readable.
        inside ? "rounded-sm bg-[var(--tl-surface)] px-1 py-0.5" : ""
      }`}
      style={{
        left: `${lane.x1 * 100}%`,
        transform: `translate(${inside ? "calc(-100% - 3px)" : "3px"}, -50%)`,
      }}
    >
      {long ? markText(lane) : lane.mark}
    </span>
  );
}

/** One task's row: its sticky label (with what it does at the playhead) and its track. */
export const TimelineLane = memo(function TimelineLane({
  lane,
  state,
  total,
  top,
  labelWidth,
  trackWidth,
  pinned,
  picked,
  highlightPrint,
  onPick,
  onTrackClick,
  onPrintHover,
}: Props) {
  const status = describeState(lane, state);
  return (
    <div
      className="absolute inset-x-0 flex"
      style={{ top, height: ROW_HEIGHT }}
      data-lane={lane.label}
      data-pinned={pinned || undefined}
    >
      <LaneLabel
        lane={lane}
        state={state}
        status={status}
        width={labelWidth}
        fullWidth={labelWidth + trackWidth}
        pinned={pinned}
        picked={picked}
        onPick={onPick}
      />
      <div
        className={`relative flex-1 cursor-pointer ${pinned ? "opacity-60" : ""}`}
        onClick={(e) => onTrackClick(lane, e.clientX, e.currentTarget)}
      >
        <div className="absolute inset-y-0" style={{ left: PAD_LEFT, right: PAD_RIGHT }}>
          {/* The task's life from creation to its end. */}
          <div
            aria-hidden="true"
            className="absolute top-[19px] h-0.5 rounded bg-zinc-300 dark:bg-zinc-700"
            style={{ left: `${lane.x0 * 100}%`, width: `${Math.max(0, lane.x1 - lane.x0) * 100}%` }}
          />
          {lane.segments.map((s, i) => {
            const px = s.width * trackWidth;
            const text = segmentText(s);
            const fits = px >= text.length * CHAR_PX + 8;
            return (
              <div
                key={i}
                aria-hidden="true"
                data-state={s.state}
                data-start={s.start}
                data-end={s.end}
                title={segmentTitle(lane, s, total)}
                className="absolute top-[11px] h-[18px] overflow-hidden rounded-[3px] px-1 text-[10px] leading-[18px] whitespace-nowrap"
                style={{
                  left: `${s.x * 100}%`,
                  width: `max(${s.state === "running" || s.state === "blocked" ? 2 : 1}px, ${s.width * 100}%)`,
                  ...STATE_STYLE[s.state],
                }}
              >
                {fits ? (
                  <span
                    className={
                      s.state === "ready"
                        ? "rounded-sm bg-[var(--tl-ready-bg)] px-0.5"
                        : s.state === "blocked"
                          ? "rounded-sm bg-[var(--tl-blocked)] px-0.5"
                          : ""
                    }
                  >
                    {text}
                  </span>
                ) : null}
              </div>
            );
          })}
          {lane.prints.map((g) => {
            const lit = highlightPrint !== null && g.indexes.includes(highlightPrint);
            const stderr = g.parts.some((p) => p.stream === "stderr");
            return (
              <span
                key={g.indexes[0]}
                data-print={g.indexes.join(",")}
                data-highlighted={lit || undefined}
                className="absolute top-0 z-10 flex size-3.5 -translate-x-1/2 items-center justify-center"
                style={{ left: `${g.x * 100}%` }}
                onMouseEnter={(e) => onPrintHover(g, e.currentTarget)}
                onMouseLeave={() => onPrintHover(null, null)}
              >
                <span
                  className={`block rounded-full ring-[1.5px] ring-[var(--tl-surface)] ${
                    lit
                      ? "size-2.5 outline-2 outline-offset-1 outline-[var(--tl-playhead)]"
                      : "size-2"
                  } ${
                    stderr ? "bg-red-600 dark:bg-red-400" : "bg-zinc-800 dark:bg-zinc-100"
                  } ${g.indexes.length > 1 ? "rounded-[2px]" : ""}`}
                />
              </span>
            );
          })}
          <OutcomeMark lane={lane} />
        </div>
      </div>
    </div>
  );
});
