"use client";

import { useRef, useSyncExternalStore } from "react";
import { HOLD_PRESSES, useHeldPresses } from "@/components/input/heldPresses";
import { isDarkShown, subscribeToTheme, toggleTheme } from "./theme";

// The server cannot know the theme; the inline head script has already painted the right one,
// and the button catches up on hydration.
const serverSnapshot = () => false;

/** One button: pressed = dark theme shown. The system setting decides until it is pressed. */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribeToTheme, isDarkShown, serverSnapshot);
  // A press before hydration is kept (once, however often tapped) and acted on once it can be.
  const button = useRef<HTMLButtonElement>(null);
  useHeldPresses(button);
  return (
    <button
      ref={button}
      {...HOLD_PRESSES}
      type="button"
      aria-label="Dark theme"
      aria-pressed={dark}
      title={dark ? "Switch to the light theme" : "Switch to the dark theme"}
      onClick={toggleTheme}
      className="grid size-9 shrink-0 place-items-center rounded-lg text-zinc-600 transition-colors hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white"
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
        {dark ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : (
          <path d="M20.5 14.5A8.5 8.5 0 0 1 9.5 3.5a8.5 8.5 0 1 0 11 11z" />
        )}
      </svg>
    </button>
  );
}
