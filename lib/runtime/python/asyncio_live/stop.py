"""The Stop button, on Python's side.

Stop writes SIGINT into Pyodide's interrupt buffer; CPython then runs our SIGINT handler at its
next check. Two facts shape this module:
- Each press is delivered once. A `KeyboardInterrupt` raised inside a `__del__` or a gc callback is
  swallowed there ("Exception ignored in ..."), and the program would spin on.
- The page presses again while the run goes on (lib/runtime/interrupt.ts), because CPython under
  Emscripten now and then consumes a press without running the handler. So a press may also land
  after the program ended, while the engine cleans up or builds the result, and must not break it.
"""

import signal
import sys


class Stopped(KeyboardInterrupt):
    pass


class StopHandler:
    """SIGINT handler for one run; `reach` says where a press raises `Stopped`:
    - "anywhere" while the program runs (its code, or the event loop working for it);
    - "program" while the engine cleans up after it, so that the program's leftover code (a
      `__del__`, a cancelled task's `finally`) can still be stopped, but never the engine's;
    - "nowhere" while the engine formats the error and builds the result.
    Installing any handler also keeps asyncio.Runner from installing its own, which would only
    cancel the main task on the first interrupt and let a busy loop spin on."""

    def __init__(self, filename):
        self.filename = filename
        self.reach = "anywhere"

    def __call__(self, signum, frame):
        if self.reach == "anywhere" or (
            self.reach == "program" and _is_program(frame, self.filename)
        ):
            raise Stopped()


def install(filename, unraisablehook):
    """Installs the run's SIGINT handler and unraisable hook; returns the handler."""
    handler = StopHandler(filename)
    signal.signal(signal.SIGINT, handler)
    sys.unraisablehook = _unraisable_hook(unraisablehook, filename)
    return handler


def uninstall(unraisablehook):
    """Between runs there is no program to stop: a late or repeated press is dropped."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
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
