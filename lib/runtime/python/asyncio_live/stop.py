"""The Stop button, on Python's side: it behaves like Ctrl+C under CPython.

Under CPython, `asyncio.run` (its `asyncio.Runner`) installs a SIGINT handler while the main task
runs: the first Ctrl+C cancels the main task, so `CancelledError` arrives at the await it waits on,
its `finally` blocks run, the runner cancels the other tasks, and `asyncio.run` then raises
`KeyboardInterrupt`; a second Ctrl+C raises `KeyboardInterrupt` at once. Outside `asyncio.run`,
Ctrl+C raises `KeyboardInterrupt` where the program is. Stop does the same: the page writes SIGINT
into Pyodide's interrupt buffer for the first press, and SIGTERM (`HARD`) for a second press.

Facts that shape this module:
- Each press is delivered once. A `KeyboardInterrupt` raised inside a `__del__` or a gc callback is
  swallowed there ("Exception ignored in ..."), and the program would spin on.
- The page presses again while the run goes on (lib/runtime/interrupt.ts), because CPython under
  Emscripten now and then consumes a press without running the handler. So a press may also land
  after the program ended, while the engine cleans up or builds the result, and must not break it;
  and while a cancelled program cleans up, those repeats are not a second press.
- Stop must always end the program, even one that never reaches an await (`while True: pass`) or
  swallows the cancellation: the repeats raise `Stopped` once the cleanup had `GRACE` seconds.
- asyncio.Runner's own handler is used, unchanged (`RunnerSignals`), but the loop calls it between
  two steps (`StopHandler.deliver`) rather than wherever the press lands: cancelling a task in the
  middle of the engine's bookkeeping (the tracer, the clock) would corrupt it.
"""

import signal
import sys

from .clock import _perf

# The page's second press: stop at once, as a second Ctrl+C does.
HARD = signal.SIGTERM
# Wall seconds a cancelled program gets to clean up before the page's repeated presses stop it
# outright. Must match STOP_GRACE_MS in lib/runtime/interrupt.ts.
GRACE = 1.0


class Stopped(KeyboardInterrupt):
    pass


class StopHandler:
    """SIGINT (and `HARD`) handler for one run; `reach` says where a press raises `Stopped`:
    - "anywhere" while the program runs (its code, or the event loop working for it);
    - "program" while the engine cleans up after it, so that the program's leftover code (a
      `__del__`, a cancelled task's `finally`) can still be stopped, but never the engine's;
    - "nowhere" while the engine formats the error and builds the result.
    While an `asyncio.Runner` runs its main task, its handler is in `runners` (innermost last) and
    a first press is handed to it instead (see `deliver`)."""

    def __init__(self, filename):
        self.filename = filename
        self.reach = "anywhere"
        self.runners = []
        # The runner handler the loop still has to call, when the press came.
        self.pending = None
        self.pressed_at = None
        # True once a runner's handler cancelled its main task: the run counts as stopped.
        self.delivered = False
        # That main task: the timeline says the reader stopped it.
        self.cancelled_task = None

    def __call__(self, signum, frame):
        if signum == signal.SIGINT:
            if self.pressed_at is not None and _perf() - self.pressed_at < GRACE:
                return  # the page pressing again while the program cleans up
            if self.pressed_at is None and self.runners and self.reach == "anywhere":
                self.pressed_at = _perf()
                self.pending = self.runners[-1]
                return
        if self.reach == "anywhere" or (
            self.reach == "program" and _is_program(frame, self.filename)
        ):
            # asyncio.run still cancels the other tasks on its way out: their cleanup gets the
            # grace too before a repeated press stops it.
            self.pressed_at = _perf()
            raise Stopped()

    def deliver(self):
        """Called by the loop between two steps once Stop was pressed: runs the runner's handler
        for a first press (it cancels the main task). True when the program has been cleaning up
        for longer than the grace: the loop then stops it."""
        handler = self.pending
        if handler is not None:
            self.pending = None
            self.delivered = True
            # asyncio.Runner's handler is a partial with the task; the top level's names it too.
            keywords = getattr(handler, "keywords", None) or {}
            self.cancelled_task = keywords.get("main_task") or getattr(handler, "main_task", None)
            handler(signal.SIGINT, None)
            return False
        return self.delivered and _perf() - self.pressed_at >= GRACE

    def runner_done(self, handler):
        if self.runners and self.runners[-1] is handler:
            self.runners.pop()
        if self.pending is handler:
            # Its main task ended before the loop handed it the press: the next press raises.
            self.pending = None
            self.pressed_at = None


class RunnerSignals:
    """The `signal` module as asyncio.runners sees it during a run. `Runner.run` installs its own
    SIGINT handler only when the default one is in place, and restores the default afterwards: here
    it finds the default in place, and its handler is kept in `StopHandler.runners` instead of
    replacing ours."""

    def __init__(self, stop):
        self._stop = stop

    def __getattr__(self, name):
        return getattr(signal, name)

    def _ours(self, signum):
        return signum == signal.SIGINT and signal.getsignal(signum) is self._stop

    def getsignal(self, signum):
        if self._ours(signum):
            runners = self._stop.runners
            return runners[-1] if runners else signal.default_int_handler
        return signal.getsignal(signum)

    def signal(self, signum, handler):
        if not self._ours(signum):
            return signal.signal(signum, handler)
        previous = self.getsignal(signum)
        if handler is signal.default_int_handler:
            self._stop.runner_done(previous)
        else:
            self._stop.runners.append(handler)
        return previous


def install(filename, unraisablehook):
    """Installs the run's handlers and unraisable hook; returns the handler."""
    import asyncio.runners as runners

    handler = StopHandler(filename)
    signal.signal(signal.SIGINT, handler)
    signal.signal(HARD, handler)
    runners.signal = RunnerSignals(handler)
    sys.unraisablehook = _unraisable_hook(unraisablehook, filename)
    return handler


def uninstall(unraisablehook):
    """Between runs there is no program to stop: a late or repeated press is dropped."""
    import asyncio.runners as runners

    runners.signal = signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(HARD, signal.SIG_IGN)
    sys.unraisablehook = unraisablehook
    sys.settrace(None)


def _unraisable_hook(default, filename):
    """A `Stopped` swallowed in a `__del__` or a gc callback is raised again at the next line of the
    program's code (the way pdb stops a running frame), and nothing is printed about it."""

    def hook(unraisable):
        if isinstance(unraisable.exc_value, Stopped):
            _stop_program_at_next_line(sys._getframe(1), filename)
            return
        default(unraisable)

    return hook


def _stop_program_at_next_line(frame, filename):
    # Only the program's frames: raising in the engine's own frames (run_program, the event loop)
    # would end the run with our exception instead of the program's.
    def trace(frame, event, arg):
        if _is_program(frame, filename):
            sys.settrace(None)
            raise Stopped()
        return None

    sys.settrace(trace)
    while frame is not None:
        if _is_program(frame, filename):
            frame.f_trace = trace
            frame.f_trace_lines = True
        frame = frame.f_back


def _is_program(frame, filename):
    return frame is not None and frame.f_code.co_filename == filename
