"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { KeyboardEvent, MouseEvent, PointerEvent } from "react";
import {
  formatMoment,
  laneStateAt,
  type Lane,
  type PrintGroup,
  type Tick,
  type TimelineLayout,
  TICK_FONT,
  ticksForWidth,
} from "@/lib/timeline";
import { AXIS_HEIGHT, PAD_LEFT, PAD_RIGHT, ROW_HEIGHT, timeAtPointer } from "./geometry";
import { TimelineLane } from "./TimelineLane";
import { fanOuts, TimelineLinks } from "./TimelineLinks";
import { useElementSize } from "./useElementSize";
import { RevealedText } from "@/components/runtime/RevealedText";

/** The track never gets narrower than this: below it, the lanes scroll sideways. Small enough that
 * a phone (390 px) and the playground's side column show the whole run at once: seeing where the
 * run ends is the point of the chart. */
const MIN_TRACK = 200;
/** The size assumed until the chart is measured (on the server, and before the first layout). */
const UNMEASURED = { width: 720, height: 400 };
/** Rows drawn beyond the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 4;
/** The chart shows about this many lanes before it scrolls. */
const MAX_VISIBLE_ROWS = 10;

/** Places a label on its tick as `ticksForWidth` measured it (`tickBoxes`). */
const TICK_SHIFT: Record<Tick["align"], string> = {
  start: `translateX(-${TICK_FONT.nudgePx}px)`,
  middle: "translateX(-50%)",
  end: `translateX(calc(-100% - ${TICK_FONT.nudgePx}px))`,
};

type Row =
  | { kind: "header"; text: string }
  | { kind: "lane"; lane: Lane; layout: TimelineLayout; pinned: boolean };

interface Props {
  layout: TimelineLayout;
  compare: TimelineLayout | null;
  /** Playhead time, virtual seconds. */
  t: number;
  /** The playhead was placed (by the replay or the reader), not merely parked at the end. */
  placed: boolean;
  pickedLane: number | null;
  highlightPrint: number | null;
  onSeek(t: number, lane?: number | null): void;
  onHoverPrint?: (index: number | null) => void;
}

function rowsOf(layout: TimelineLayout, compare: TimelineLayout | null): Row[] {
  const lanes = (l: TimelineLayout, pinned: boolean): Row[] =>
    l.lanes.map((lane) => ({ kind: "lane", lane, layout: l, pinned }));
  if (!compare) return lanes(layout, false);
  return [
    { kind: "header", text: `This run · ${layout.summary}` },
    ...lanes(layout, false),
    { kind: "header", text: `Pinned run · ${compare.summary}` },
    ...lanes(compare, true),
  ];
}

/**
 * The drawn timeline: an axis with a draggable playhead, and one lane per task. Only the lanes on
 * screen are rendered (1,000 tasks scroll as smoothly as 4); the labels stay put when the lanes
 * scroll sideways on a very narrow screen.
 */
export function TimelineChart({
  layout,
  compare,
  t,
  placed,
  pickedLane,
  highlightPrint,
  onSeek,
  onHoverPrint,
}: Props) {
  const id = useId();
  const [sizeRef, size] = useElementSize<HTMLDivElement>(UNMEASURED);
  const scroller = useRef<HTMLDivElement | null>(null);
  const grid = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [hover, setHover] = useState<{ group: PrintGroup; x: number; y: number } | null>(null);
  const dragging = useRef(false);

  const labelWidth = size.width < 400 ? 128 : size.width < 520 ? 148 : 184;
  const trackWidth = Math.max(MIN_TRACK, size.width - labelWidth) - PAD_LEFT - PAD_RIGHT;
  const total = layout.total;
  // As many ticks as the track has room for, their labels apart. Until the chart is measured (the
  // server's HTML of a recorded run, shown before the page's script runs) the track may be a
  // phone's narrowest: ticks for that fit at any width.
  const measured = size !== UNMEASURED;
  const tickWidth = measured ? trackWidth : MIN_TRACK - PAD_LEFT - PAD_RIGHT;
  const { ticks, step } = useMemo(() => ticksForWidth(total, tickWidth), [total, tickWidth]);

  const rows = useMemo(() => rowsOf(layout, compare), [layout, compare]);
  const bodyHeight = rows.length * ROW_HEIGHT;
  const viewport = Math.max(size.height - AXIS_HEIGHT, ROW_HEIGHT);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length - 1, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);

  const links = useMemo(
    () => ({
      fans: fanOuts(layout.links),
      wakes: layout.links.filter((l) => l.kind === "woke"),
      compareFans: compare ? fanOuts(compare.links) : [],
      compareWakes: compare ? compare.links.filter((l) => l.kind === "woke") : [],
    }),
    [layout, compare],
  );
  const currentFirstRow = compare ? 1 : 0;
  const compareFirstRow = layout.lanes.length + 2;

  const setScroller = useCallback(
    (node: HTMLDivElement | null) => {
      scroller.current = node;
      return sizeRef(node);
    },
    [sizeRef],
  );

  // Bring the lane of a print highlighted from the output pane into view.
  useEffect(() => {
    const node = scroller.current;
    if (highlightPrint === null || !node) return;
    const group = layout.prints.find((g) => g.indexes.includes(highlightPrint));
    if (!group) return;
    const y = (group.lane + currentFirstRow) * ROW_HEIGHT;
    if (y < node.scrollTop || y + ROW_HEIGHT > node.scrollTop + node.clientHeight - AXIS_HEIGHT) {
      node.scrollTop = Math.max(0, y - ROW_HEIGHT);
    }
  }, [highlightPrint, layout, currentFirstRow]);

  const playX = total > 0 ? Math.min(1, t / total) : 0;

  // On a narrow screen the lanes scroll sideways: keep the playhead in view as the replay moves it.
  useEffect(() => {
    const node = scroller.current;
    if (!node || !placed || node.scrollWidth <= node.clientWidth) return;
    const x = labelWidth + PAD_LEFT + playX * trackWidth;
    const left = node.scrollLeft + labelWidth + 12;
    const right = node.scrollLeft + node.clientWidth - 12;
    if (x < left || x > right) {
      node.scrollLeft = Math.max(0, x - labelWidth - (node.clientWidth - labelWidth) / 2);
    }
  }, [playX, placed, labelWidth, trackWidth]);

  const onAxisPointer = (e: PointerEvent<HTMLDivElement>) => {
    if (e.type === "pointerdown") {
      dragging.current = true;
      e.currentTarget.setPointerCapture(e.pointerId);
      e.currentTarget.querySelector<HTMLElement>("[role=slider]")?.focus();
    } else if (!dragging.current) {
      return;
    }
    onSeek(timeAtPointer(e.clientX, e.currentTarget, total));
  };
  const endDrag = () => {
    dragging.current = false;
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const fine = step / 10;
    const moves: Record<string, number> = {
      ArrowLeft: t - (e.shiftKey ? step : fine),
      ArrowRight: t + (e.shiftKey ? step : fine),
      ArrowDown: t - fine,
      ArrowUp: t + fine,
      PageDown: t - step,
      PageUp: t + step,
      Home: 0,
      End: total,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onSeek(Math.min(total, Math.max(0, next)));
  };

  const onTrackClick = useCallback(
    (lane: Lane, clientX: number, track: HTMLElement) => {
      const pinned = rows.some((row) => row.kind === "lane" && row.lane === lane && row.pinned);
      onSeek(timeAtPointer(clientX, track, total), pinned ? undefined : lane.index);
    },
    [onSeek, rows, total],
  );
  // A lane's track takes its own clicks (and picks the lane). Anywhere else on the chart's body
  // with no lane under it (the rows naming the current and the pinned run) moves the playhead too.
  const onBodyClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = e.target as Element;
    if (target.closest("[data-lane]") || !grid.current) return;
    const box = grid.current.getBoundingClientRect();
    if (e.clientX < box.left - PAD_LEFT) return;
    const f = box.width > 0 ? (e.clientX - box.left) / box.width : 0;
    onSeek(Math.min(1, Math.max(0, f)) * total);
  };
  const onPick = useCallback(
    (lane: Lane) => onSeek(t, pickedLane === lane.index ? null : lane.index),
    [onSeek, t, pickedLane],
  );
  const onPrintHover = useCallback(
    (group: PrintGroup | null, target: HTMLElement | null) => {
      if (!group || !target) {
        setHover(null);
        onHoverPrint?.(null);
        return;
      }
      const r = target.getBoundingClientRect();
      setHover({ group, x: r.left + r.width / 2, y: r.bottom });
      onHoverPrint?.(group.indexes[0]!);
    },
    [onHoverPrint],
  );

  const pct = (x: number) => `${x * 100}%`;
  const visible = rows.slice(first, last + 1);

  return (
    <div
      ref={setScroller}
      role="group"
      aria-label="Timeline chart"
      data-measured={measured || undefined}
      className="relative overflow-auto overscroll-x-contain [contain:inline-size]"
      style={{ maxHeight: AXIS_HEIGHT + MAX_VISIBLE_ROWS * ROW_HEIGHT + 8 }}
      onScroll={(e) => {
        setScrollTop(e.currentTarget.scrollTop);
        if (hover) setHover(null);
      }}
    >
      <div className="relative" style={{ width: `max(100%, ${labelWidth + MIN_TRACK}px)` }}>
        {/* Axis: ticks, total, and the playhead's handle. */}
        <div
          className="sticky top-0 z-30 flex border-b border-zinc-200 bg-[var(--tl-surface)] dark:border-zinc-800"
          style={{ height: AXIS_HEIGHT }}
        >
          <div
            className="sticky left-0 z-40 flex shrink-0 items-center border-r border-zinc-200 bg-[var(--tl-surface)] px-2 text-[11px] font-medium text-zinc-600 dark:border-zinc-800 dark:text-zinc-400"
            style={{ width: labelWidth }}
          >
            Task
          </div>
          <div
            className="relative flex-1 cursor-ew-resize touch-none select-none"
            onPointerDown={onAxisPointer}
            onPointerMove={onAxisPointer}
            onPointerUp={endDrag}
            onPointerCancel={endDrag}
            data-testid="timeline-axis"
          >
            <div className="absolute inset-y-0" style={{ left: PAD_LEFT, right: PAD_RIGHT }}>
              {ticks.map((tick) => (
                <span
                  key={tick.t}
                  className="absolute top-1 font-mono text-[10px] whitespace-nowrap text-zinc-600 dark:text-zinc-400"
                  style={{ left: pct(tick.x), transform: TICK_SHIFT[tick.align] }}
                >
                  {tick.label}
                </span>
              ))}
              <div
                role="slider"
                tabIndex={0}
                aria-label="Playhead"
                aria-valuemin={0}
                aria-valuemax={Number(total.toFixed(6))}
                aria-valuenow={Number(t.toFixed(6))}
                aria-valuetext={formatMoment(t, total)}
                onKeyDown={onKey}
                className="absolute bottom-0 z-10 h-3 w-3 -translate-x-1/2 rounded-b-sm rounded-t-[3px] border-2 border-[var(--tl-playhead)] bg-[var(--tl-surface)] focus-visible:outline-2 focus-visible:outline-offset-1"
                style={{ left: pct(playX) }}
              />
            </div>
          </div>
        </div>

        <div className="relative" style={{ height: bodyHeight }} onClick={onBodyClick}>
          {/* Grid, links and playhead live in the track's coordinates (left of it: the labels). */}
          <div
            ref={grid}
            className="pointer-events-none absolute inset-y-0"
            style={{ left: labelWidth + PAD_LEFT, right: PAD_RIGHT }}
            aria-hidden="true"
          >
            {ticks.map((tick) => (
              <div
                key={tick.t}
                className="absolute inset-y-0 w-px bg-zinc-200/80 dark:bg-zinc-800"
                style={{ left: pct(tick.x) }}
              />
            ))}
          </div>
          {visible.map((row, i) => {
            const index = first + i;
            if (row.kind === "header") {
              return (
                <div
                  key={`h${index}`}
                  className="absolute inset-x-0 flex cursor-pointer items-end border-t border-zinc-200 dark:border-zinc-800"
                  data-run-header=""
                  style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
                >
                  <span className="sticky left-0 truncate px-2 pb-1.5 text-xs font-semibold text-zinc-700 dark:text-zinc-300">
                    {row.text}
                  </span>
                </div>
              );
            }
            return (
              <TimelineLane
                key={`${row.pinned ? "p" : "c"}${row.lane.index}`}
                lane={row.lane}
                state={laneStateAt(row.lane, t)}
                total={total}
                top={index * ROW_HEIGHT}
                labelWidth={labelWidth}
                trackWidth={trackWidth}
                pinned={row.pinned}
                picked={!row.pinned && pickedLane === row.lane.index}
                highlightPrint={row.pinned ? null : highlightPrint}
                onPick={onPick}
                onTrackClick={onTrackClick}
                onPrintHover={row.pinned ? () => undefined : onPrintHover}
              />
            );
          })}
          <div
            className="pointer-events-none absolute inset-y-0 z-10"
            style={{ left: labelWidth + PAD_LEFT, right: PAD_RIGHT }}
            aria-hidden="true"
          >
            <svg className="absolute inset-0 h-full w-full overflow-visible">
              <TimelineLinks
                id={`${id.replace(/:/g, "")}c`}
                fans={links.fans}
                wakes={links.wakes}
                firstRow={currentFirstRow}
                window={[first, last]}
              />
              {compare ? (
                <TimelineLinks
                  id={`${id.replace(/:/g, "")}p`}
                  fans={links.compareFans}
                  wakes={links.compareWakes}
                  firstRow={compareFirstRow}
                  window={[first, last]}
                />
              ) : null}
            </svg>
            {placed ? (
              <div
                className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-[var(--tl-playhead)]"
                style={{ left: pct(playX) }}
                data-testid="timeline-playhead"
              />
            ) : null}
          </div>
        </div>
      </div>
      {hover ? (
        <div
          role="tooltip"
          className="pointer-events-none fixed z-50 max-w-xs -translate-x-1/2 rounded-md border border-zinc-200 bg-white px-2 py-1.5 font-mono text-xs whitespace-pre-wrap text-zinc-900 shadow-lg dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
          style={{ left: hover.x, top: hover.y + 6 }}
        >
          <span className="mb-0.5 block font-sans text-[10px] text-zinc-600 dark:text-zinc-400">
            print at {formatMoment(hover.group.t, total)}
          </span>
          <RevealedText
            text={hover.group.parts
              .slice(0, 12)
              .map((p) => p.text.replace(/\n$/, ""))
              .join("\n")}
          />
          {hover.group.parts.length > 12 ? `\n… ${hover.group.parts.length - 12} more` : ""}
        </div>
      ) : null}
    </div>
  );
}
