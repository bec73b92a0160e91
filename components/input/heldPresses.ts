import { useEffect, useSyncExternalStore, type RefObject } from "react";

// The script that holds the presses is `heldPressesScript.ts` (inlined in every page's <head>).

interface HeldPresses {
  presses: HTMLElement[];
  /** Elements whose component now acts on its own clicks. */
  live: WeakSet<Element>;
}

declare global {
  interface Window {
    __heldPresses?: HeldPresses;
  }
}

/** The attribute that marks an element whose buttons' early presses are held for it. */
export const HOLD_PRESSES = { "data-hold-presses": "" } as const;

/**
 * Ends the holding inside `root` (its clicks now go through) and returns the buttons pressed there
 * while it held them, in the order they were first pressed.
 */
export function takeHeldPresses(root: Element): HTMLElement[] {
  const held = window.__heldPresses;
  if (!held) return [];
  held.live.add(root);
  const mine = held.presses.filter((button) => root.contains(button));
  held.presses = held.presses.filter((button) => !mine.includes(button));
  for (const button of mine) button.removeAttribute("data-press-held");
  return mine;
}

const noChanges = () => () => undefined;

/** False while hydrating (and on the server), true once the client renders with its own state. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}

/**
 * For a component that hydrates with the page: once it renders with the browser's state (saved
 * edits, the share link in the URL), the buttons pressed in `root` before are clicked again, now
 * that they work.
 */
export function useHeldPresses(root: RefObject<Element | null>): void {
  const hydrated = useHydrated();
  useEffect(() => {
    const element = root.current;
    if (!hydrated || !element) return;
    for (const button of takeHeldPresses(element)) {
      if (button.isConnected) button.click();
    }
  }, [hydrated, root]);
}
