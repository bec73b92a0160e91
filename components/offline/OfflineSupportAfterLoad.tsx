"use client";

import { lazyAfterLoad } from "@/components/lazy/lazyAfterLoad";

/** `OfflineSupport`, loaded after the page: it registers the service worker seconds later anyway. */
export const OfflineSupportAfterLoad = lazyAfterLoad(() =>
  import("./OfflineSupport").then((module) => module.OfflineSupport),
);
