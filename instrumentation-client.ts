// Next runs this module before React hydrates the page. On every lesson and the playground the
// page's head already started the Python worker (see workerBootScript); this hands it its first
// message now rather than when the first component that needs it is evaluated. (Components still
// call preloadPython() for pages reached by client-side navigation; it starts one worker per page.)
import { preloadPython, PYTHON_PAGES } from "@/lib/runtime/client";

if (PYTHON_PAGES.test(location.pathname)) preloadPython();
