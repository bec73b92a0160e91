"use client";

import { useEffect, useRef, useState } from "react";
import type { PointerEvent } from "react";
import type { Lane, LaneState } from "@/lib/timeline";
import { RevealedText } from "@/components/runtime/RevealedText";
import { revealHiddenAsText } from "@/lib/text/hidden";

interface Props {
  lane: Lane;
  state: LaneState;
  /** What the lane does at the playhead, in words. */
  status: string;
  width: number;
  /** Widest the full text may spread over the track (px), so the chart never scrolls sideways. */
  fullWidth: number;
  /** A lane of the pinned run: shown, not picked. */
  pinned: boolean;
  picked: boolean;
  onPick(lane: Lane): void;
}

/**
 * A lane's sticky label: the task and what it does at the playhead, cut to the column's width.
 * A cut label opens to its full text where it stands, for the mouse (hover), the keyboard (focus)
 * and touch (tap; a tap elsewhere or Escape closes it): a `title` tooltip reaches only the mouse,
 * and on a phone the column is narrow enough to cut "fetch_data(1, 3)".
 */
export function LaneLabel({
  lane,
  state,
  status,
  width,
  fullWidth,
  pinned,
  picked,
  onPick,
}: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);

  const show = () => {
    const parts = button.current?.querySelectorAll<HTMLElement>("[data-cut-text]") ?? [];
    setCut([...parts].some((part) => part.scrollWidth > part.clientWidth + 0.5));
    setOpen(true);
  };
  const hideUnlessFocused = (e: PointerEvent) => {
    // A finger "leaves" as it lifts: the text stays until the next tap elsewhere.
    if (e.pointerType === "touch" || button.current?.matches(":focus-visible")) return;
    setOpen(false);
  };

  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (!button.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", away, true);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("pointerdown", away, true);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);

  const shown = open && cut;
  const badge =
    lane.kind === "thread" ? (
      <span className="rounded bg-zinc-200 px-1 font-sans text-[10px] text-zinc-700 dark:bg-zinc-700 dark:text-zinc-200">
        thread
      </span>
    ) : null;

  return (
    <div
      className={`sticky left-0 flex shrink-0 items-center border-r border-zinc-200 bg-[var(--tl-surface)] dark:border-zinc-800 ${shown ? "z-[25]" : "z-20"}`}
      style={{ width }}
    >
      <button
        ref={button}
        type="button"
        // Focusable also in a pinned run, so its full name can be read there too.
        aria-disabled={pinned || undefined}
        aria-pressed={pinned ? undefined : picked}
        title={revealHiddenAsText(`${lane.name}: ${lane.label}`)}
        onClick={() => {
          if (!pinned) onPick(lane);
        }}
        onPointerEnter={show}
        onPointerLeave={hideUnlessFocused}
        onFocus={show}
        onBlur={() => setOpen(false)}
        className={`relative h-full w-full min-w-0 px-2 text-left hover:bg-zinc-100 aria-disabled:cursor-default aria-disabled:hover:bg-transparent dark:hover:bg-zinc-800/70 ${
          picked ? "bg-indigo-50 dark:bg-indigo-950/60" : ""
        } ${pinned ? "opacity-70" : ""}`}
      >
        <span className="flex items-baseline gap-1 truncate font-mono text-xs text-zinc-900 dark:text-zinc-100">
          {badge}
          <span className="truncate" data-cut-text>
            {lane.label}
          </span>
        </span>
        <span
          className="block truncate text-[11px] text-zinc-600 dark:text-zinc-400"
          data-lane-state={state.state}
          data-cut-text
        >
          {status}
        </span>
        {shown ? (
          // The same two lines uncut, over the label and the track beside it. Hidden from screen
          // readers: the button's name already holds the whole text (CSS cuts only what is seen).
          <span
            aria-hidden="true"
            data-testid="lane-label-full"
            className="absolute top-0 left-0 flex min-h-full w-max min-w-full flex-col justify-center rounded-r-md border border-zinc-300 bg-[var(--tl-surface)] px-2 py-1 shadow-md [overflow-wrap:anywhere] dark:border-zinc-600"
            style={{ maxWidth: fullWidth }}
          >
            <span className="flex items-baseline gap-1 font-mono text-xs text-zinc-900 dark:text-zinc-100">
              {badge}
              <span>
                <RevealedText text={lane.label} />
              </span>
            </span>
            <span className="text-[11px] text-zinc-600 dark:text-zinc-400">{status}</span>
          </span>
        ) : null}
      </button>
    </div>
  );
}
