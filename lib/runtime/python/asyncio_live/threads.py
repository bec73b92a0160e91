"""Worker threads emulated on the virtual clock (Pyodide has no threads).

A submitted function runs to completion at once, but against its own clock that starts when a worker
would pick it up: its `time.sleep` advances only that clock, so three threads that each sleep 1 s
finish together after 1 s, as in CPython. Its prints are held back and released at their own
virtual times, and its future resolves when its clock says it finished.

What cannot be emulated this way is a thread that waits for the event loop to do something
(`run_coroutine_threadsafe(...).result()`): that raises a clear RuntimeError instead of hanging.
"""

import asyncio
import asyncio.events as _events
import os

from .clock import Clock
from .describe import func_label
from .limits import LimitReached
from .tracer import outcome_of_exception, short_repr

DEFAULT_WORKERS = min(32, (os.cpu_count() or 1) + 4)


def _refuse_threadsafe(*args, **kwargs):
    for arg in args:
        close = getattr(arg, "close", None)
        if close is not None and asyncio.iscoroutine(arg):
            close()
    raise RuntimeError(
        "asyncio, live cannot emulate a worker thread that waits for the event loop "
        "(run_coroutine_threadsafe): the browser has no real threads"
    )


class EmulatedPool:
    def __init__(self, state, workers):
        self.state = state
        self.free_at = [0.0] * (workers or DEFAULT_WORKERS)

    def submit(self, loop, func, args):
        state = self.state
        now = state.clock.now()
        worker = min(range(len(self.free_at)), key=self.free_at.__getitem__)
        start = max(now, self.free_at[worker])
        coro_name, label = func_label(func, args)
        tracer = state.tracer
        tid = tracer.new_record(
            f"Thread-{worker + 1}", coro_name, label, "thread", now, tracer.user_line()
        )
        # Queued behind busy workers until `start`: like any task, ready from `created` until its
        # first (and only) step.
        fut = loop.create_future()
        tracer.ids.futures[fut] = tid
        result, error, end, prints = self._run(func, args, start, tid)
        self.free_at[worker] = end
        tracer.steps += (tid, int(start * 1e6), int(end * 1e6), None, None, None)
        tracer.set_outcome(
            tid,
            end,
            outcome_of_exception(error)
            if error is not None
            else ("result", short_repr(result), None),
        )
        for stream, text, t, task in prints:
            loop.call_at(t, state.output.add, stream, text, t, task)

        def finish():
            if fut.cancelled():
                return
            if error is not None:
                fut.set_exception(error)
            else:
                fut.set_result(result)

        loop.call_at(end, finish)
        return fut

    def _run(self, func, args, start, tid):
        state = self.state
        main_clock = state.clock
        main_clock.freeze()
        thread_clock = Clock(start)
        saved_current = state.tracer.current
        saved_prints = state.thread_prints
        saved_running = _events._get_running_loop()
        saved_threadsafe = asyncio.run_coroutine_threadsafe
        prints = []
        state.clock = thread_clock
        state.tracer.current = tid
        state.thread_prints = prints
        state.in_thread += 1
        _events._set_running_loop(None)
        asyncio.run_coroutine_threadsafe = _refuse_threadsafe
        result = error = None
        try:
            result = func(*args)
        except (LimitReached, KeyboardInterrupt):
            raise
        except BaseException as exc:
            error = exc
        finally:
            end = thread_clock.now()
            asyncio.run_coroutine_threadsafe = saved_threadsafe
            _events._set_running_loop(saved_running)
            state.in_thread -= 1
            state.thread_prints = saved_prints
            state.tracer.current = saved_current
            state.clock = main_clock
            main_clock.unfreeze()
        return result, error, end, prints
