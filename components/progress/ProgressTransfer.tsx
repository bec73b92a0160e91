"use client";

import { useRef } from "react";
import { getProgressStore } from "@/lib/progress/store";
import { MAX_IMPORT_BYTES } from "@/lib/progress/transfer";

const linkButton =
  "rounded-md px-3 py-1.5 text-sm font-medium text-zinc-700 underline-offset-2 hover:underline dark:text-zinc-300";

export interface TransferMessage {
  ok: boolean;
  text: string;
}

interface Props {
  message: TransferMessage | null;
  onMessage: (message: TransferMessage) => void;
}

/** Save progress to a file, and load one made in another browser (merged, never replacing). */
export function ProgressTransfer({ message, onMessage: setMessage }: Props) {
  const input = useRef<HTMLInputElement>(null);

  const save = () => {
    const blob = new Blob([getProgressStore().exportText()], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `asyncio-live-progress-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  const load = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ ok: false, text: "This file is too big to be a progress file (over 1 MB)." });
      return;
    }
    const result = getProgressStore().importText(await file.text());
    setMessage(
      result.ok
        ? {
            ok: true,
            text: `Loaded: ${result.lessons} ${result.lessons === 1 ? "lesson" : "lessons"} visited, ${result.answers} right ${result.answers === 1 ? "answer" : "answers"}, ${result.exercises} solved ${result.exercises === 1 ? "exercise" : "exercises"}, added to what this browser had.`,
          }
        : { ok: false, text: result.message },
    );
  };

  return (
    <div className="flex flex-wrap items-center gap-x-1 gap-y-2" data-progress-transfer>
      <button type="button" className={linkButton} onClick={save}>
        Save progress to a file
      </button>
      <button type="button" className={linkButton} onClick={() => input.current?.click()}>
        Load progress from a file…
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label="Progress file to load"
        onChange={(event) => {
          void load(event.target.files?.[0]);
          event.target.value = "";
        }}
      />
      <p
        role="status"
        className={`w-full px-3 text-sm ${message?.ok === false ? "text-rose-700 dark:text-rose-400" : "text-emerald-800 dark:text-emerald-300"}`}
      >
        {message?.text ?? ""}
      </p>
    </div>
  );
}
