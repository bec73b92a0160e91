"""'coroutine ... was never awaited' pointing at the reader's code, never at ours.

CPython warns where the coroutine object is dropped, which is the user's line when the call's result
is thrown away at once (`fetch()` on a line of its own). When the object lives on (in a variable, a
list, a traceback) it is dropped later: when a task's frame is cleared (CPython then names
asyncio/events.py, or the line that awaited that task), by the garbage collector (here the engine's
`gc.collect()`), or at interpreter exit (CPython names `<sys>:0`). None of those tells a learner
where the missing `await` is, and lesson 2 promises that the warning does. So the warning names the
line that created the coroutine, which a run tracks with `sys.set_coroutine_origin_tracking_depth`
(CPython's own `-X dev` message ends at that line, under "Coroutine created at"). For a call dropped
at once that is the same line, and the warning is CPython's to the character.
"""

import linecache
import sys
import traceback
import warnings

# What a run tracks by itself: the frame that called the coroutine function. Deeper origins are
# the program's own wish (asyncio debug mode sets 10) and are printed, as CPython prints them.
_OWN_DEPTH = 1


class UnawaitedWarnings:
    def __init__(self, filename):
        self.filename = filename
        # One registry for the run: a line's warning is shown once, like a module's in CPython.
        self.registry = {}
        self.saved_hook = None
        self.saved_depth = 0

    def install(self):
        self.saved_hook = warnings._warn_unawaited_coroutine
        self.saved_depth = sys.get_coroutine_origin_tracking_depth()
        if self.saved_depth < _OWN_DEPTH:
            sys.set_coroutine_origin_tracking_depth(_OWN_DEPTH)
        warnings._warn_unawaited_coroutine = self.warn

    def uninstall(self):
        warnings._warn_unawaited_coroutine = self.saved_hook
        sys.set_coroutine_origin_tracking_depth(self.saved_depth)

    def warn(self, coro):
        """Called by CPython, with the frame that dropped `coro` as our caller."""
        origin = getattr(coro, "cr_origin", None) or ()
        msg = _message(coro, origin)
        filename = self.filename
        # Where it was created; for a call dropped at once that is also where CPython points.
        lineno = next((ln for fn, ln, _ in origin if fn == filename), None)
        if lineno is None:
            lineno = _innermost_user_line(sys._getframe(1), filename)
        if lineno is None:
            # Not the program's coroutine, nor dropped by its code: CPython's own warning.
            warnings.warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)
            return
        warnings.warn_explicit(
            msg,
            RuntimeWarning,
            filename,
            lineno,
            module="__main__",
            registry=self.registry,
            source=coro,
        )


def _message(coro, origin):
    """CPython's text; the "created at" frames only when the program asked for them."""
    text = f"coroutine '{coro.__qualname__}' was never awaited\n"
    if len(origin) > _OWN_DEPTH:
        # The engine's own frames stay out, as they do in tracebacks.
        frames = [
            (fn, ln, name, linecache.getline(fn, ln))
            for fn, ln, name in reversed(origin)
            if "asyncio_live" not in fn
        ]
        text += "Coroutine created at (most recent call last)\n"
        text += "".join(traceback.format_list(frames))
    return text.rstrip("\n")


def _innermost_user_line(frame, filename):
    while frame is not None:
        if frame.f_code.co_filename == filename:
            return frame.f_lineno
        frame = frame.f_back
    return None
