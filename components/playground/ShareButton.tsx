"use client";

import { useState } from "react";
import { shareLink } from "@/lib/share/link";

interface Props {
  code: string;
}

/**
 * Puts the program in the page's URL (`#v1=…`) and copies that link. Where the clipboard is not
 * available the link is shown, selected, for the reader to copy.
 */
export function ShareButton({ code }: Props) {
  const [status, setStatus] = useState("");
  const [fallback, setFallback] = useState<string | null>(null);

  async function share() {
    const link = shareLink(location.href, code);
    history.replaceState(history.state, "", link);
    try {
      await navigator.clipboard.writeText(link);
      setFallback(null);
      setStatus("Link copied. Anyone who opens it sees this code (it will not run by itself).");
    } catch {
      setFallback(link);
      setStatus("Copy the link below to share this code.");
    }
  }

  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      <button type="button" onClick={() => void share()} className="button-secondary py-1.5">
        Share
      </button>
      <p role="status" aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
        {status}
      </p>
      {fallback && (
        <input
          readOnly
          aria-label="Share link"
          value={fallback}
          onFocus={(event) => event.currentTarget.select()}
          ref={(input) => input?.select()}
          className="w-full min-w-0 rounded border border-zinc-300 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
        />
      )}
    </div>
  );
}
