"use client";

import { useRouter } from "next/navigation";
import { Fragment, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Search, SearchHit } from "@/lib/search/query";
import type { TextPart } from "@/lib/search/snippet";
import { loadSearch } from "./searchIndex";

export interface SearchDialogProps {
  /** `navigated`: the reader picked a result (focus goes to its heading, not back to the opener). */
  onClose: (navigated: boolean) => void;
}

type IndexState =
  { status: "loading" } | { status: "ready"; search: Search } | { status: "failed" };

/** Text with the matched words in <mark>: React renders each part as text, never as HTML. */
function Marked({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    part.hit ? (
      <mark
        key={index}
        className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-400/25 dark:text-amber-100"
      >
        {part.text}
      </mark>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}

/**
 * Once the page at `url` shows, moves focus to its heading (the link that wraps the heading's
 * text), so the reader's next Tab starts there. Gives up after a few seconds.
 */
function focusWhenShown(url: string) {
  const { pathname, hash } = new URL(url, location.href);
  const id = decodeURIComponent(hash.slice(1));
  const started = performance.now();
  const attempt = () => {
    const target = id
      ? document.getElementById(id)
      : document.querySelector<HTMLElement>("main h1");
    if (location.pathname === pathname && target) {
      const focusable = target.querySelector<HTMLElement>("a[href]") ?? target;
      if (focusable === target) target.tabIndex = -1;
      focusable.focus({ preventScroll: true });
      target.scrollIntoView({ block: "start" });
      return;
    }
    if (performance.now() - started < 5_000) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** The search dialog: a combobox over the lessons' headings, prose and example code. */
export function SearchDialog({ onClose }: SearchDialogProps) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const ids = useId();
  const [index, setIndex] = useState<IndexState>({ status: "loading" });
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    let live = true;
    loadSearch().then(
      (search) => live && setIndex({ status: "ready", search }),
      () => live && setIndex({ status: "failed" }),
    );
    return () => {
      live = false;
    };
  }, []);

  const hits: SearchHit[] = useMemo(
    () => (index.status === "ready" ? index.search(query) : []),
    [index, query],
  );
  const current = hits.length ? Math.min(active, hits.length - 1) : -1;
  const optionId = (position: number) => `${ids}-hit-${position}`;

  useEffect(() => {
    if (current >= 0)
      document.getElementById(optionId(current))?.scrollIntoView({ block: "nearest" });
    // optionId depends on ids only, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose(true);
    router.push(hit.section.url);
    focusWhenShown(hit.section.url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!hits.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      open(hits[current]);
    }
  };

  const trimmed = query.trim();
  let status = "";
  if (index.status === "loading") status = "Loading the search index…";
  else if (index.status === "failed")
    status = "Search could not load. Check the connection and try again.";
  else if (trimmed && !hits.length) status = `No results for “${trimmed}”.`;
  else if (trimmed) status = `${hits.length} result${hits.length === 1 ? "" : "s"}.`;

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-label`}
      onCancel={(event) => {
        // Escape: close through React, so focus goes back to where it was.
        event.preventDefault();
        onClose(false);
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose(false); // a click on the backdrop
      }}
      className="mx-auto mt-[8dvh] mb-auto max-h-[84dvh] w-[calc(100%-1.5rem)] max-w-2xl flex-col overflow-hidden rounded-xl border open:flex border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex items-center gap-3 border-b border-zinc-200 px-4 dark:border-zinc-700">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5 shrink-0 text-zinc-500 dark:text-zinc-400"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <label id={`${ids}-label`} htmlFor={`${ids}-input`} className="sr-only">
          Search the lessons
        </label>
        <input
          id={`${ids}-input`}
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={`${ids}-list`}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="Search the lessons"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="h-14 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-zinc-500 focus-visible:outline-none dark:placeholder:text-zinc-400 [&::-webkit-search-cancel-button]:hidden"
        />
        <button
          type="button"
          onClick={() => onClose(false)}
          className="rounded-md border border-zinc-300 px-1.5 py-0.5 font-mono text-xs text-zinc-600 hover:bg-zinc-100 dark:border-zinc-600 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <span className="sr-only">Close search</span>
          <span aria-hidden="true">Esc</span>
        </button>
      </div>

      <ul
        ref={list}
        id={`${ids}-list`}
        role="listbox"
        aria-label="Results"
        className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-2 empty:hidden"
      >
        {hits.map((hit, position) => (
          <li
            key={hit.section.id}
            id={optionId(position)}
            role="option"
            aria-selected={position === current}
            onPointerMove={() => position !== current && setActive(position)}
            onClick={() => open(hit)}
            className="cursor-pointer rounded-lg px-3 py-2.5 aria-selected:bg-indigo-50 dark:aria-selected:bg-indigo-950/60"
          >
            <span className="block font-medium text-zinc-950 dark:text-white">
              <Marked parts={hit.heading} />
            </span>
            <span className="block text-xs text-indigo-700 dark:text-indigo-300">
              Lesson {hit.section.lessonNumber} · {hit.section.lessonTitle}
            </span>
            <span
              className={`mt-1 block text-sm text-zinc-600 dark:text-zinc-300 ${
                hit.snippetIsCode ? "font-mono text-[0.8125rem] break-all whitespace-pre-wrap" : ""
              }`}
            >
              <Marked parts={hit.snippet} />
            </span>
          </li>
        ))}
      </ul>

      <p
        role="status"
        className="border-t border-zinc-200 px-4 py-2 text-xs text-zinc-500 empty:border-0 empty:py-0 dark:border-zinc-700 dark:text-zinc-400"
      >
        {status}
      </p>
      <p
        aria-hidden="true"
        className="hidden border-t border-zinc-200 px-4 py-2 text-xs text-zinc-500 sm:block dark:border-zinc-700 dark:text-zinc-400"
      >
        ↑ ↓ to choose · Enter to open · Esc to close
      </p>
    </dialog>
  );
}
