"use client";

import { useCallback, useEffect, useRef, useState, type ComponentType } from "react";
import { HOLD_PRESSES, useHeldPresses } from "@/components/input/heldPresses";
import type { SearchDialogProps } from "./SearchDialog";
import { isSearchShortcut, isTypingTarget } from "./shortcut";

// The dialog, MiniSearch and the index load only when the reader opens search (or points at the
// button): a lesson's first JavaScript carries just this button and its key listener.
let dialogCode: Promise<ComponentType<SearchDialogProps>> | undefined;
function loadDialog(): Promise<ComponentType<SearchDialogProps>> {
  dialogCode ??= import("./SearchDialog").then(
    (module) => module.SearchDialog,
    (error: unknown) => {
      dialogCode = undefined;
      throw error;
    },
  );
  return dialogCode;
}

/** The header's search button; `/`, Ctrl+K and Cmd+K open the same dialog from anywhere. */
export function SearchButton() {
  const [Dialog, setDialog] = useState<ComponentType<SearchDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // A press, or the shortcut, before hydration is kept by the head script (as a press on this
  // button, `data-search-opener`) and opens search once this button can.
  useHeldPresses(button);

  const show = useCallback(() => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setOpen(true);
    loadDialog().then(
      (component) => setDialog(() => component),
      () => setOpen(false),
    );
  }, []);

  const refocus = useRef(false);

  const close = useCallback((navigated: boolean) => {
    refocus.current = !navigated;
    setOpen(false);
  }, []);

  // Once the dialog is gone (while it is open, the page behind it is inert and cannot take focus):
  // back where the reader was, the element that had focus or else this button.
  useEffect(() => {
    if (open || !refocus.current) return;
    refocus.current = false;
    const back = opener.current?.isConnected ? opener.current : button.current;
    back?.focus();
  }, [open]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isSearchShortcut(event) || isTypingTarget(event.target))
        return;
      event.preventDefault();
      show();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [show]);

  return (
    <>
      <button
        ref={button}
        {...HOLD_PRESSES}
        data-search-opener=""
        type="button"
        onClick={show}
        onPointerEnter={() => void loadDialog().catch(() => undefined)}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        aria-label="Search lessons"
        title="Search lessons (/ or Ctrl+K)"
        className="flex h-9 shrink-0 items-center gap-2 rounded-lg px-2 text-sm text-zinc-600 transition-colors hover:bg-zinc-100 hover:text-zinc-950 sm:border sm:border-zinc-200 sm:pr-1.5 sm:pl-2.5 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white sm:dark:border-zinc-800"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-[1.125rem]"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="hidden md:inline">Search</span>
        <kbd className="hidden rounded border border-zinc-300 px-1.5 font-mono text-xs text-zinc-500 sm:inline dark:border-zinc-700 dark:text-zinc-400">
          /
        </kbd>
      </button>
      {open && Dialog ? <Dialog onClose={close} /> : null}
    </>
  );
}
