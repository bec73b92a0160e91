// Shared Tailwind class lists for quiz and exercise controls (kept in one place so they match).

export const card =
  "rounded-xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40";

export const primaryButton =
  "inline-flex items-center gap-2 rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-default disabled:opacity-60 disabled:hover:bg-indigo-600";

export const secondaryButton =
  "inline-flex items-center gap-2 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-zinc-500 disabled:cursor-default disabled:opacity-50 disabled:hover:bg-transparent dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800";

export const inlineCode =
  "rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.875em] text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100";

const choiceBase =
  "flex cursor-pointer gap-3 rounded-lg border px-3 py-2.5 transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600";

/** A choice (or duration option) in its state: picked, and after checking right or wrong. */
export function choiceClass(state: {
  picked: boolean;
  right?: boolean;
  wrong?: boolean;
  compact?: boolean;
}): string {
  const colour = state.wrong
    ? "border-rose-400 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/40"
    : state.right
      ? "border-emerald-400 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40"
      : state.picked
        ? "border-indigo-400 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/40"
        : "border-zinc-200 hover:border-zinc-300 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:border-zinc-600 dark:hover:bg-zinc-800/50";
  return `${choiceBase} ${state.compact ? "items-center" : "items-start"} ${colour} text-zinc-900 dark:text-zinc-100`;
}

/** A line of predicted output, marked after checking. */
export function lineClass(mark: boolean | undefined): string {
  const colour =
    mark === true
      ? "border-emerald-400 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40"
      : mark === false
        ? "border-rose-400 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/40"
        : "border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900";
  return `flex cursor-grab items-center gap-2 rounded-lg border px-2 py-1.5 text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-600 active:cursor-grabbing dark:text-zinc-100 ${colour}`;
}

export const moveButton =
  "grid size-7 place-items-center rounded border border-zinc-300 text-sm text-zinc-700 hover:bg-zinc-100 disabled:opacity-30 disabled:hover:bg-transparent dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800";
