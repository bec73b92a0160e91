"""The one entry point: `run_program(code, options_json, emit) -> result_json`.

Sets up a fresh, isolated run (globals, stdout/stderr, time, asyncio's loop policy), executes the
program, cleans up every loop it left behind, restores everything, and returns one JSON string.
"""

import ast
import asyncio
import asyncio.events as _events
import asyncio.runners as _runners
import builtins
import gc
import inspect
import io
import json
import linecache
import os
import sys
import types
import warnings

from . import clock as _clock
from .clock import Clock, _perf, meter
from .errors import error_info, format_user_exception
from .limits import LimitReached, TimeLimit
from .loop import VirtualLoop, VirtualPolicy
from .ordered_task import OrderedTask
from .output import Output, StreamWriter
from . import stop as _stop
from .stop import Stopped
from .threads import ThreadPatches
from .tracer import TID, Tracer
from .unawaited import UnawaitedWarnings

DEFAULTS = {
    "filename": "main.py",
    "topLevelAwait": False,
    "trace": True,
    "loopTrace": True,
    "maxVirtualSeconds": 600.0,
    "maxSteps": 25_000,
    "maxOutputBytes": 200_000,
    "maxOutputLines": 5_000,
    "stopped": False,
}


# Coroutines asyncio.run starts while closing the loop: not the program's tasks, kept out of the trace.
_LOOP_HOUSEKEEPING = {"shutdown_asyncgens", "shutdown_default_executor"}


class State:
    def __init__(self, opts, emit):
        self.filename = opts["filename"]
        self.max_time = float(opts["maxVirtualSeconds"])
        self.max_steps = int(opts["maxSteps"])
        self.clock = Clock()
        self.tracer = Tracer(self, bool(opts["trace"]), self.filename, bool(opts["loopTrace"]))
        self.tracing = self.tracer.enabled
        self.main_code = None
        self.output = Output(self, emit, int(opts["maxOutputBytes"]), int(opts["maxOutputLines"]))
        self.loops = []
        self.limit = None
        self.shutting_down = False
        # Callbacks scheduled in all; task steps scheduled since the clock last jumped.
        self.steps = 0
        self.busy_steps = 0
        self.shutdown_steps = 0
        self.in_thread = 0
        self.thread_prints = None
        self.output_limit_message = None
        self.task_counter = 0
        # The run's StopHandler (stop.py), once installed.
        self.stop = None
        self.task_order = 0

    @property
    def enforcing(self):
        return self.limit is None and not self.shutting_down

    def set_limit(self, exc):
        if self.limit is None:
            self.limit = exc

    def fail(self, exc):
        stop = self.stop
        if stop is not None and stop.delivered and not isinstance(exc, Stopped):
            # A program still running after Stop cancelled it (it swallowed the cancellation)
            # ends as stopped, whichever limit caught it.
            exc = Stopped()
        self.set_limit(exc)
        return exc

    def time_limit(self):
        return self.fail(
            TimeLimit(
                f"time limit: the program ran for more than {self.max_time:g} s of virtual time"
            )
        )

    def blocking_sleep(self, seconds, label=None):
        tracer = self.tracer if self.tracing else None
        line = tracer.user_line() if tracer else None
        clock = self.clock
        now = clock.now()
        try:
            if self.enforcing and not self.in_thread and now + seconds > self.max_time:
                clock.advance(max(0.0, self.max_time - now))
                raise self.time_limit()
            clock.advance(seconds)
        finally:
            if tracer:
                tracer.blocked_for(now, clock.now(), line, seconds, label)

    # ----- tasks -----

    def task_factory(self, loop, coro, **kwargs):
        self.task_order += 1
        order = self.task_order
        name = kwargs.get("name")
        if name is None:
            self.task_counter += 1
            name = kwargs["name"] = f"Task-{self.task_counter}"
        if (
            not self.tracing
            or coro.__class__ is not types.CoroutineType
            or coro.__name__ in _LOOP_HOUSEKEEPING
        ):
            return _without_factory_frames(OrderedTask(order, coro, loop=loop, **kwargs))
        kind = "main" if coro.cr_code is self.main_code else "task"
        frame = sys._getframe(1)
        task = _without_factory_frames(OrderedTask(order, coro, loop=loop, **kwargs))
        clock = self.clock
        w0 = meter()
        tid = self.tracer.new_task(coro, str(name), kind, frame, clock.at(w0))
        setattr(task, TID, tid)
        # Recording the task is our work, not the program's: keep it off the clock (10,000 tasks
        # would otherwise look some 80 ms slower traced than untraced).
        clock.discount(meter() - w0)
        return task

    # ----- loop errors -----

    def ignore_exception(self, exc):
        return isinstance(exc, (LimitReached, KeyboardInterrupt))

    def report_loop_exception(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception", "source_traceback", "handle_traceback"):
                continue
            try:
                lines.append(f"{key}: {context[key]!r}")
            except Exception:
                lines.append(f"{key}: <unprintable>")
        text = "\n".join(lines) + "\n"
        exc = context.get("exception")
        if exc is not None:
            text += format_user_exception(exc, self.filename)[0]
        sys.stderr.write(text)


def _without_factory_frames(task):
    """In debug mode a task remembers where it was created ("created at" in its repr): drop
    OrderedTask's __init__, this factory and `loop.create_task`, as CPython drops
    `loop.create_task` when there is no factory."""
    created = task._source_traceback
    if created:
        del created[-3:]
    return task


def _timed_import(state, original):
    """Import time is the browser's artifact, not the program's: keep it off the virtual clock."""
    modules = sys.modules

    def importer(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name in modules and not fromlist:
            return original(name, globals, locals, fromlist, level)
        w0 = meter()
        try:
            return original(name, globals, locals, fromlist, level)
        finally:
            state.clock.discount(meter() - w0)

    return importer


def _gc_timer(state):
    """Garbage-collection pauses are the interpreter's, not the program's: keep them off the clock."""
    started = [0.0]

    def callback(phase, info):
        if phase == "start":
            started[0] = meter()
        else:
            state.clock.discount(meter() - started[0])

    return callback


class Patches:
    """Everything a run changes in the interpreter, undone in `restore` even after errors."""

    def __init__(self, state, code, filename):
        self.state = state
        self.saved_stdout = sys.stdout
        self.saved_stderr = sys.stderr
        self.saved_stdin = sys.stdin
        self.saved_os_exit = os._exit
        self.saved_argv = sys.argv
        self.saved_main = sys.modules.get("__main__")
        self.saved_modules = set(sys.modules)
        self.saved_policy = _events._event_loop_policy
        self.saved_running = _events._get_running_loop()
        self.saved_run = asyncio.run
        self.saved_filters = list(warnings.filters)
        self.saved_showwarning = warnings.showwarning
        self.saved_unraisablehook = sys.unraisablehook
        # What a program may change for the rest of the page's runs: `sys` settings, and names in
        # modules every run shares (`builtins.print = ...`, `asyncio.sleep = ...`).
        self.saved_sys = _sys_settings()
        self.saved_namespaces = [(m, dict(vars(m))) for m in (builtins, asyncio)]
        self.stop_handler = None
        self.saved_import = builtins.__import__
        self.gc_callback = None
        self.unawaited = UnawaitedWarnings(filename)
        self.threads = ThreadPatches()
        self.filename = filename
        self.code = code

    def apply(self):
        state = self.state
        sys.stdout = StreamWriter(state.output, "stdout")
        sys.stderr = StreamWriter(state.output, "stderr")
        sys.stdin = NoKeyboard()
        os._exit = _os_exit
        sys.argv = [self.filename]
        builtins.__import__ = _timed_import(state, self.saved_import)
        self.gc_callback = _gc_timer(state)
        gc.callbacks.append(self.gc_callback)
        _clock.install_time_patches(state)
        _events._event_loop_policy = VirtualPolicy(state)
        _events._set_running_loop(None)
        asyncio.run = _runners.run
        warnings.resetwarnings()
        warnings.simplefilter("default")
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
        lines = self.code.splitlines(True)
        linecache.cache[self.filename] = (len(self.code), None, lines, self.filename)
        self.unawaited.install()
        self.threads.apply()
        self.stop_handler = state.stop = _stop.install(self.filename, self.saved_unraisablehook)

    def new_main(self):
        module = types.ModuleType("__main__")
        module.__dict__.update(
            {"__file__": self.filename, "__builtins__": builtins, "__cached__": None}
        )
        sys.modules["__main__"] = module
        return module

    def stop_reaches(self, reach):
        """Where a press of Stop raises from now on (see stop.StopHandler)."""
        self.stop_handler.reach = reach

    def restore(self):
        _stop.uninstall(self.saved_unraisablehook)
        self.threads.restore()
        self.unawaited.uninstall()
        linecache.cache.pop(self.filename, None)
        warnings.filters[:] = self.saved_filters
        mutated = getattr(warnings, "_filters_mutated", None)
        if mutated is not None:
            mutated()
        warnings.showwarning = self.saved_showwarning
        asyncio.run = self.saved_run
        _events._set_running_loop(self.saved_running)
        _events._event_loop_policy = self.saved_policy
        _clock.restore_time()
        builtins.__import__ = self.saved_import
        if self.gc_callback in gc.callbacks:
            gc.callbacks.remove(self.gc_callback)
        sys.argv = self.saved_argv
        for name in list(sys.modules):
            if name not in self.saved_modules and _is_user_module(sys.modules.get(name)):
                del sys.modules[name]
        if self.saved_main is not None:
            sys.modules["__main__"] = self.saved_main
        sys.stdout = self.saved_stdout
        sys.stderr = self.saved_stderr
        sys.stdin = self.saved_stdin
        os._exit = self.saved_os_exit
        _restore_sys_settings(self.saved_sys)
        for module, saved in self.saved_namespaces:
            _restore_namespace(vars(module), saved)


class NoKeyboard(io.TextIOBase):
    """Standard input during a run: there is no keyboard to read from, so `input()` ends with
    CPython's exception for a closed input (EOFError), and says why."""

    def readable(self):
        return True

    def readline(self, size=-1):
        raise EOFError("input() cannot read here: programs in this course run without a keyboard")

    def read(self, size=-1):
        return self.readline()


def _os_exit(status):
    """The page cannot end Python's process: `os._exit(n)` ends the run like `sys.exit(n)`."""
    raise SystemExit(status)


def _sys_settings():
    return {
        "recursionlimit": sys.getrecursionlimit(),
        "int_max_str_digits": sys.get_int_max_str_digits(),
        "tracebacklimit": getattr(sys, "tracebacklimit", _MISSING),
        "displayhook": sys.displayhook,
        "excepthook": sys.excepthook,
        "path": list(sys.path),
    }


def _restore_sys_settings(saved):
    sys.setrecursionlimit(saved["recursionlimit"])
    sys.set_int_max_str_digits(saved["int_max_str_digits"])
    if saved["tracebacklimit"] is _MISSING:
        sys.__dict__.pop("tracebacklimit", None)
    else:
        sys.tracebacklimit = saved["tracebacklimit"]
    sys.displayhook = saved["displayhook"]
    sys.excepthook = saved["excepthook"]
    sys.path[:] = saved["path"]


def _restore_namespace(current, saved):
    # A submodule imported during the run stays: `sys.modules` keeps it, and importing it again
    # would not set the attribute back.
    added = [n for n, v in current.items() if n not in saved and not isinstance(v, types.ModuleType)]
    for name in added:
        del current[name]
    for name, value in saved.items():
        if current.get(name, _MISSING) is not value:
            current[name] = value


_MISSING = object()


def _is_user_module(module):
    """Modules a program made or imported from its own files; the standard library's stay loaded."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) or getattr(module, "__file__", None) or ""
    return not (origin in ("built-in", "frozen") or "/lib/python" in origin)


def _run_top_level_await(state, code_obj, globals_):
    coro = eval(code_obj, globals_)
    if not inspect.iscoroutine(coro):
        return
    state.main_code = coro.cr_code
    loop = VirtualLoop(state)
    _events.set_event_loop(loop)
    task = loop.create_task(coro, name="main")
    # Stop cancels the main task first, as asyncio.Runner does for asyncio.run (see stop.py).
    interrupts = []

    def on_sigint(signum, frame):
        interrupts.append(signum)
        if len(interrupts) == 1 and not task.done():
            task.cancel()
            return
        raise KeyboardInterrupt()

    on_sigint.main_task = task
    state.stop.runners.append(on_sigint)
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        if interrupts and task.uncancel() == 0:
            raise KeyboardInterrupt()
        raise
    finally:
        state.stop.runner_done(on_sigint)
        _events.set_event_loop(None)


def _cleanup_loops(state):
    """Cancel whatever the program left pending so nothing is destroyed while pending."""
    state.shutting_down = True
    for loop in state.loops:
        if loop.is_closed():
            continue
        try:
            if loop.is_running():
                continue
            tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in tasks:
                task.cancel()
            if tasks:
                loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
        except BaseException:
            # Tasks that would not stop (they swallow every cancellation) are closed now, while
            # the program's globals still exist: closed later by the garbage collector, in another
            # run, their `except` clauses would fail on names that are gone.
            for task in asyncio.all_tasks(loop):
                try:
                    task.get_coro().close()
                except BaseException:
                    pass
    if _events._event_loop_policy is not None:
        _events.set_event_loop(None)


def _limit_json(state):
    limit = state.limit
    if limit is None:
        return None
    if isinstance(limit, KeyboardInterrupt):
        return {"kind": "stopped", "message": "stopped: the run was interrupted before it finished"}
    kind = limit.kind
    if kind == "stuck":
        kind = "steps"
    return {"kind": kind, "message": limit.message}


def run_program(code, options_json="{}", emit=None):
    wall0 = _perf()
    opts = dict(DEFAULTS)
    opts.update({k: v for k, v in json.loads(options_json or "{}").items() if v is not None})
    filename = opts["filename"]
    state = State(opts, emit)
    patches = Patches(state, code, filename)
    error = None
    elapsed = 0.0
    ended_itself = False
    patches.apply()
    try:
        main = patches.new_main()
        try:
            try:
                if opts["stopped"]:
                    raise Stopped()
                flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if opts["topLevelAwait"] else 0
                code_obj = compile(code, filename, "exec", flags=flags, dont_inherit=True)
                # The clock starts after compiling: that is the engine's work, and a slow engine
                # (WebKit) took long enough over it to put the top level's span on the clock.
                state.clock = Clock()
                if opts["topLevelAwait"]:
                    _run_top_level_await(state, code_obj, main.__dict__)
                else:
                    exec(code_obj, main.__dict__)
            finally:
                # Before the handlers below: formatting a traceback is the engine's work.
                patches.stop_reaches("nowhere")
            elapsed = state.clock.now()
            if state.stop.delivered:
                # The program caught the KeyboardInterrupt and ended by itself: the reader still
                # stopped it (no note: the program had its say).
                state.set_limit(Stopped())
                ended_itself = True
        except SystemExit as exc:
            elapsed = state.clock.now()
            if exc.code not in (None, 0):
                if not isinstance(exc.code, int):
                    sys.stderr.write(f"{exc.code}\n")
                error = {
                    "type": "SystemExit",
                    "message": str(exc.code),
                    "line": None,
                    "column": None,
                    "traceback": "",
                }
        except LimitReached as exc:
            elapsed = state.clock.now()
            state.set_limit(exc)
        except KeyboardInterrupt as exc:
            elapsed = state.clock.now()
            state.set_limit(exc)
        except BaseException as exc:
            # Taken first: formatting the traceback is the engine's work, not the program's.
            elapsed = state.clock.now()
            if state.limit is None:
                error, text = error_info(exc, filename)
                state.output.add("stderr", text, state.clock.now(), None)
        finally:
            patches.stop_reaches("program")
            if state.tracing:
                state.tracer.program_ended(elapsed)
            try:
                _cleanup_loops(state)
                main.__dict__.clear()
                del main
                gc.collect()
            except BaseException:
                pass
            patches.stop_reaches("nowhere")
            for loop in state.loops:
                loop._silenced = True
        if state.limit is not None and error is None:
            parts = state.output.parts
            fresh_line = not parts or parts[-1][1].endswith("\n")
            note = ("" if fresh_line else "\n") + f"[{_limit_json(state)['message']}]\n"
            if _limit_json(state)["kind"] != "output" and not ended_itself:
                state.output.add("stderr", note, state.clock.now(), None)
    finally:
        state.output.finish()
        patches.restore()
    end = max(elapsed, state.clock.now()) if state.tracer.enabled else elapsed
    state.tracer.cancelled_by_stop(state.stop.cancelled_task)
    trace = state.tracer.to_wire(end)
    trace["prints"] = state.output.result()
    result = {
        "stdout": state.output.text("stdout"),
        "stderr": state.output.text("stderr"),
        "error": error,
        "limit": _limit_json(state),
        "elapsed": elapsed,
        "wallMs": round((_perf() - wall0) * 1000, 3),
        "trace": trace,
    }
    text = json.dumps(result, separators=(",", ":"))
    state.tracer.release()
    return text
