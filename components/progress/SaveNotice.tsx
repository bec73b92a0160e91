"use client";

import { useState } from "react";
import { useSaveState } from "./useSaveState";

/**
 * Said once, when the browser refuses to keep progress (private mode, a full quota): everything still
 * works, but answers will be gone after this visit. Dismissed, it stays away for the visit.
 */
export function SaveNotice() {
  const state = useSaveState();
  const [dismissed, setDismissed] = useState(false);
  if (state !== "unsaved" || dismissed) return null;
  return (
    <div
      role="status"
      data-save-notice
      className="fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-lg items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 shadow-lg sm:inset-x-auto sm:right-4 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="flex-1">
        This browser is not letting the course save your progress (private browsing, or storage is
        full). Your answers count for this visit only.
      </p>
      <button
        type="button"
        className="rounded px-2 py-0.5 font-semibold hover:bg-amber-100 dark:hover:bg-amber-900"
        onClick={() => setDismissed(true)}
      >
        OK
      </button>
    </div>
  );
}
