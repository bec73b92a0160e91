"use client";

import { useState } from "react";
import { OutputView } from "@/components/runtime/OutputView";
import { RunControls } from "@/components/runtime/RunControls";
import { usePythonRun } from "@/components/runtime/usePythonRuntime";
import { preloadPython } from "@/lib/runtime/client";
import { DEFAULT_PROGRAM } from "./default-program";

preloadPython();

/** A plain editor (a later version puts Monaco here), Run/Stop and the program's output. */
export function Playground() {
  const [code, setCode] = useState(DEFAULT_PROGRAM);
  const python = usePythonRun({ topLevelAwait: true });

  return (
    <div className="flex flex-col gap-3">
      <label htmlFor="playground-code" className="sr-only">
        Python program
      </label>
      <textarea
        id="playground-code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            if (python.state === "idle") void python.run(code);
          }
        }}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        rows={16}
        className="w-full resize-y rounded-md border border-zinc-300 bg-white p-3 font-mono text-sm leading-relaxed text-zinc-900 focus:border-emerald-600 focus:outline-none dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <RunControls
          progress={python.progress}
          state={python.state}
          onRun={() => void python.run(code)}
          onStop={python.stop}
        />
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Ctrl+Enter runs the program.</p>
      </div>
      <OutputView
        parts={python.parts}
        outcome={python.outcome}
        state={python.state}
        placeholder="Press Run to see what the program prints."
      />
    </div>
  );
}
