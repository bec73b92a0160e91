"use client";

import { useEffect, useState, type ComponentType } from "react";

let loaded: Promise<void> | undefined;

/** Resolves in a task after the page's load event: the page's own scripts have all run by then. */
function pageLoaded(): Promise<void> {
  loaded ??= new Promise((resolve) => {
    const later = () => setTimeout(resolve, 0);
    if (document.readyState === "complete") later();
    else window.addEventListener("load", later, { once: true });
  });
  return loaded;
}

/**
 * A client component that shows nothing in the static HTML (it depends on the browser: storage,
 * a service worker) and nothing the reader needs before interacting: its code loads after the
 * page's load event, out of the page's first JavaScript, and it renders then. Every instance
 * shares one load.
 */
export function lazyAfterLoad<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let code: Promise<ComponentType<P>> | undefined;

  function AfterLoad(props: P) {
    const [Part, setPart] = useState<ComponentType<P> | null>(null);
    useEffect(() => {
      let mounted = true;
      code ??= pageLoaded().then(load);
      code.then(
        (component) => {
          if (mounted) setPart(() => component);
        },
        (error: unknown) => {
          code = undefined; // the next mount tries again
          console.error("A part of this page could not load:", error);
        },
      );
      return () => {
        mounted = false;
      };
    }, []);
    return Part ? <Part {...props} /> : null;
  }
  return AfterLoad;
}
