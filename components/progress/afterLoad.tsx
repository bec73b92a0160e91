"use client";

import { lazyAfterLoad } from "@/components/lazy/lazyAfterLoad";

// The reader's progress lives in localStorage, so the static HTML shows none of it: these parts
// render only in the browser, and their code (with the progress store) loads after the page, out
// of a lesson's first JavaScript.

/** `LessonTracker` (records the visit), after the page has loaded. */
export const LessonTrackerAfterLoad = lazyAfterLoad(() =>
  import("./LessonTracker").then((module) => module.LessonTracker),
);

/** `LessonDoneMark` (a completed lesson's check mark), after the page has loaded. */
export const LessonDoneMarkAfterLoad = lazyAfterLoad(() =>
  import("./LessonDoneMark").then((module) => module.LessonDoneMark),
);

/** `SaveNotice` (the browser refuses to keep progress), after the page has loaded. */
export const SaveNoticeAfterLoad = lazyAfterLoad(() =>
  import("./SaveNotice").then((module) => module.SaveNotice),
);
