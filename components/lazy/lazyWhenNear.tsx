"use client";

import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
} from "react";
import { HOLD_PRESSES, takeHeldPresses, useHydrated } from "@/components/input/heldPresses";

/** How far outside the viewport a part starts loading: well before the reader scrolls to it. */
const ROOT_MARGIN = "800px 0px";
/** Signs of a reader about to use the part, which load it at once. */
const INTENT_EVENTS = ["focusin", "pointerover", "touchstart"] as const;

/** Child indexes from `root` down to `node`, to find "the same" element in a re-rendered copy. */
function pathTo(root: Element, node: Element): number[] | null {
  const path: number[] = [];
  for (let at: Element | null = node; at !== root; at = at.parentElement) {
    if (!at?.parentElement) return null;
    path.unshift([...at.parentElement.children].indexOf(at));
  }
  return path;
}

/** The control a click on `target` works (a label's text clicks its box), or the target itself. */
function controlOf(target: Element): Element {
  return target.closest("label")?.control ?? target;
}

const samePath = (a: number[], b: number[]) =>
  a.length === b.length && a.every((step, index) => step === b[index]);

function follow(root: Element, path: number[]): HTMLElement | null {
  let at: Element | undefined = root;
  for (const index of path) at = at?.children[index];
  return at instanceof HTMLElement ? at : null;
}

/**
 * Paths of the boxes the reader ticked before any script ran: no listener could hold those
 * clicks, so the static HTML changed on its own. They are replayed like held clicks. (A radio
 * counts only when it is the one now chosen.)
 */
function tickedBeforeCode(root: Element): number[][] {
  const paths: number[][] = [];
  for (const input of root.querySelectorAll("input")) {
    const ticked =
      input.type === "radio"
        ? input.checked && !input.defaultChecked
        : input.type === "checkbox" && input.checked !== input.defaultChecked;
    const path = ticked ? pathTo(root, input) : null;
    if (path) paths.push(path);
  }
  return paths;
}

/**
 * A server-rendered client component whose JavaScript loads only once the reader comes near it,
 * points at it or focuses it (or at once, after a client-side navigation). The static HTML holds
 * the whole component from the first paint; until its code is here, the client leaves that HTML
 * exactly as it is (React does not look inside an element whose HTML it was told to set itself),
 * then renders the component in its place: the same markup, so nothing moves.
 *
 * Not a lazy component inside `<Suspense>`: React's server renderer moves a large boundary out of
 * place, to the end of the page, and shows it with an inline script, later and only with JS.
 *
 * A click that comes before the code is held and replayed on the rendered component (so is a box
 * ticked before any script ran, and a button pressed before the page's script, which
 * `heldPressesScript` kept until this wrapper could hold it), unless the reader clicks that
 * control again first; focus stays
 * where it was; keys pressed in that moment are lost. The wrapper gets `data-live` once the component runs.
 */
export function lazyWhenNear<P extends object>(
  load: () => Promise<ComponentType<P>>,
  /** The same component, given only on the server (the browser bundle drops that import). */
  onServer: ComponentType<P> | undefined,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let open = () => {};
  // Every instance shares one load: the first that comes near starts it for all.
  const ready = new Promise<void>((resolve) => (open = resolve))
    .then(load)
    .then((component) => (loaded = component));

  function WhenNear(props: P) {
    const box = useRef<HTMLDivElement>(null);
    const [Part, setPart] = useState<ComponentType<P> | undefined>(() => onServer ?? loaded);
    const client = useHydrated();
    const held = useRef<{ clicks: number[][]; focus: number[] | null }>({
      clicks: [],
      focus: null,
    });
    // Set in the commit that renders the component, before the browser can dispatch another
    // event: from then on a click reaches the live control itself and must not be held. (The
    // listener that holds clicks is removed only later, with passive effects; holding a click
    // on the live control as well replayed it after a tool or reader had already retried it.)
    const live = useRef(false);
    useLayoutEffect(() => {
      live.current = Part !== undefined;
    }, [Part]);

    useEffect(() => {
      const element = box.current;
      if (Part || !element) return;
      let mounted = true;
      // Buttons pressed before the page's script: from now on this wrapper holds clicks itself.
      for (const button of takeHeldPresses(element)) {
        const path = pathTo(element, button);
        if (path) held.current.clicks.push(path);
      }
      let wanted = false;
      // The code loads once for every instance, but each renders only when the reader comes near
      // it: a lesson's recorded runs all rendered at once (timelines, outputs) blocked a phone's
      // page thread for a second (Lighthouse TBT 0.7 s → 4.6 s).
      const show = () => {
        open();
        if (wanted) return;
        wanted = true;
        ready.then(
          (component) => {
            if (!mounted) return;
            const focused = document.activeElement;
            if (focused && element.contains(focused)) held.current.focus = pathTo(element, focused);
            held.current.clicks.unshift(...tickedBeforeCode(element));
            // A transition: React renders the part in slices of a few milliseconds, yielding to
            // the reader's input between them, instead of one task as long as the whole part (a
            // recorded run's timeline and event-loop view took 80-150 ms of a phone's page
            // thread each, right after load). The static HTML stays until the commit.
            startTransition(() => setPart(() => component));
          },
          // The static HTML stays: readable, if not interactive.
          (error: unknown) => console.error("A part of this page could not load:", error),
        );
      };
      if (held.current.clicks.length > 0) show();
      // Rendered by the client (a navigation): there is no server HTML to show meanwhile.
      if (!element.hasChildNodes()) show();
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) show();
        },
        { rootMargin: ROOT_MARGIN },
      );
      observer.observe(element);
      // Caught on the window, ahead of React's listener on the document.
      const holdClick = (event: MouseEvent) => {
        const target = event.target;
        if (live.current || !(target instanceof Element) || !element.contains(target)) return;
        const path = pathTo(element, controlOf(target));
        // A native control would change on its own (a checkbox ticks): it happens on replay.
        event.preventDefault();
        event.stopImmediatePropagation();
        if (path) held.current.clicks.push(path);
        show();
      };
      window.addEventListener("click", holdClick, true);
      for (const type of INTENT_EVENTS) element.addEventListener(type, show, { passive: true });
      return () => {
        mounted = false;
        observer.disconnect();
        window.removeEventListener("click", holdClick, true);
        for (const type of INTENT_EVENTS) element.removeEventListener(type, show);
      };
    }, [Part]);

    useEffect(() => {
      const element = box.current;
      if (!Part || !element) return;
      // (Rendered live at once, after a navigation: no press was held, but clicks must go through.)
      takeHeldPresses(element);
      const { clicks, focus } = held.current;
      held.current = { clicks: [], focus: null };
      if (focus) follow(element, focus)?.focus();
      if (clicks.length === 0) return;
      // The reader saw nothing happen and clicked the same control again on the live part: that
      // click stands for the held one (replaying both would tick the box twice, i.e. not at all).
      const supersede = (event: MouseEvent) => {
        if (!(event.target instanceof Element)) return;
        const path = pathTo(element, controlOf(event.target));
        if (!path) return;
        for (let index = clicks.length - 1; index >= 0; index--) {
          if (samePath(clicks[index]!, path)) clicks.splice(index, 1);
        }
      };
      element.addEventListener("click", supersede, true);
      // After the component's own first effects have rendered (an exercise restores saved code).
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          element.removeEventListener("click", supersede, true);
          for (const path of clicks) follow(element, path)?.click();
        });
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        element.removeEventListener("click", supersede, true);
      };
    }, [Part]);

    if (!Part) {
      // The server's HTML stays untouched until the code is here.
      return (
        <div
          ref={box}
          {...HOLD_PRESSES}
          suppressHydrationWarning
          dangerouslySetInnerHTML={{ __html: "" }}
        />
      );
    }
    return (
      <div ref={box} {...HOLD_PRESSES} data-live={client ? "" : undefined}>
        <Part {...props} />
      </div>
    );
  }
  return WhenNear;
}
