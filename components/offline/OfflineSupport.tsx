"use client";

import { useEffect, useState } from "react";
import { isPythonPage } from "@/lib/runtime/python-pages";

/**
 * Precaching ~28 MB must not compete with Python's start for the CPU: on a page that runs Python
 * the worker registers this long after Python is ready (a Run clicked at once has printed by then),
 * elsewhere this long after the page settled.
 */
const REGISTER_DELAY_MS = 3_000;
/** A Python that never gets ready (a failed load) does not keep the course from going offline. */
const PYTHON_WAIT_LIMIT_MS = 60_000;

/** Resolves once `<html data-python-start>` is set (Python ready), or after the limit. */
function pythonReady(): Promise<void> {
  const html = document.documentElement;
  return new Promise((resolve) => {
    if (html.dataset.pythonStart) return resolve();
    const done = () => {
      observer.disconnect();
      window.clearTimeout(limit);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (html.dataset.pythonStart) done();
    });
    observer.observe(html, { attributes: true, attributeFilter: ["data-python-start"] });
    const limit = window.setTimeout(done, PYTHON_WAIT_LIMIT_MS);
  });
}

/**
 * Registers the service worker (lib/offline/sw.ts) in production builds, marks `<html
 * data-offline="ready">` once every file is cached, and offers a reload when a new version of the
 * course has been cached beside the running one.
 */
export function OfflineSupport() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    const register = async () => {
      try {
        const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
        const offerUpdate = () => {
          if (registration.waiting && navigator.serviceWorker.controller && !cancelled) {
            setWaiting(registration.waiting);
          }
        };
        offerUpdate();
        registration.addEventListener("updatefound", () => {
          registration.installing?.addEventListener("statechange", offerUpdate);
        });
        await navigator.serviceWorker.ready;
        if (!cancelled) document.documentElement.dataset.offline = "ready";
      } catch {
        // No service worker (private mode, an unusual host): the course works online as before.
      }
    };
    let timer: number | undefined;
    const schedule = () => {
      if (!cancelled) timer = window.setTimeout(() => void register(), REGISTER_DELAY_MS);
    };
    if (isPythonPage(location.pathname)) void pythonReady().then(schedule);
    else schedule();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, []);

  if (!waiting) return null;
  return (
    <div
      role="status"
      data-update-ready
      className="fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-md items-center gap-3 rounded-lg border border-indigo-300 bg-indigo-50 px-4 py-3 text-sm text-indigo-950 shadow-lg sm:inset-x-auto sm:left-4 dark:border-indigo-700 dark:bg-indigo-950 dark:text-indigo-100"
    >
      <p className="flex-1">A new version of the course is ready.</p>
      <button
        type="button"
        className="rounded-md bg-indigo-600 px-3 py-1 font-semibold text-white hover:bg-indigo-700"
        onClick={() => {
          navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), {
            once: true,
          });
          waiting.postMessage({ type: "SKIP_WAITING" });
        }}
      >
        Reload
      </button>
    </div>
  );
}
