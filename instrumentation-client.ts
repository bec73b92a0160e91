// Next runs this module before React hydrates the page. Every lesson and the playground run Python,
// so their worker starts here: some 150 ms sooner than from the first component that needs it,
// which React evaluates only while it reads the page's payload. (Components still call
// preloadPython() for pages reached by client-side navigation; it starts one worker per page.)
import { preloadPython } from "@/lib/runtime/client";
import { isPythonPage } from "@/lib/runtime/python-pages";

if (isPythonPage(location.pathname)) preloadPython();
