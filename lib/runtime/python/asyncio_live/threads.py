"""Worker threads emulated on the virtual clock (Pyodide has no threads).

A submitted function runs to completion at once, but against its own clock that starts when a worker
would pick it up: its `time.sleep` advances only that clock, so three threads that each sleep 1 s
finish together after 1 s, as in CPython. Its prints are held back and released at their own
virtual times, and its future resolves when its clock says it finished.

Computing is different: CPython's global interpreter lock lets one thread at a time run Python, so
two threads that each compute for 1 s take 2 s, not 1. Each thread's charged computing (what a span
takes beyond FREE_COMPUTE, as on the loop's clock) therefore takes the run's one GIL: it runs in the time
no earlier-emulated thread computed in, and a thread that has to wait finishes later. Sleeping and
blocking I/O release the lock, so waiting threads still overlap. (What is not modelled: the event
loop's own computing does not compete with threads for the lock.)

A thread may hand work to the loop (`loop.call_soon_threadsafe`, `run_coroutine_threadsafe`): it
runs at the thread's virtual time. What cannot be emulated is a thread that then waits for the loop
(`run_coroutine_threadsafe(...).result()` before the loop ran the coroutine): that raises a clear
RuntimeError instead of hanging. Processes cannot start in a browser: ProcessPoolExecutor says so.
"""

import asyncio
import asyncio.events as _events
import asyncio.futures as _futures
import asyncio.tasks as _tasks
import concurrent.futures
import os

from .clock import Clock, charged, meter
from .describe import func_label
from .limits import LimitReached
from .tracer import outcome_of_exception, short_repr

DEFAULT_WORKERS = min(32, (os.cpu_count() or 1) + 4)


WAIT_FOR_LOOP = (
    "asyncio, live cannot emulate a worker thread that waits for the event loop "
    "(run_coroutine_threadsafe(...).result() before the loop ran the coroutine): the browser has "
    "no real threads, so the loop runs only after the thread's function returns"
)

NO_PROCESSES = (
    "ProcessPoolExecutor cannot run here: a browser page cannot start processes. For blocking "
    "I/O use asyncio.to_thread(...) or a ThreadPoolExecutor (emulated threads); CPU-bound work "
    "has no parallel option in the browser and runs in the event loop's thread"
)


class LoopFuture(concurrent.futures.Future):
    """What `run_coroutine_threadsafe` returns: waiting for it before it is done raises at once."""

    def result(self, timeout=None):
        if not self.done():
            raise RuntimeError(WAIT_FOR_LOOP)
        return super().result(timeout)

    def exception(self, timeout=None):
        if not self.done():
            raise RuntimeError(WAIT_FOR_LOOP)
        return super().exception(timeout)


def run_coroutine_threadsafe(coro, loop):
    """`asyncio.run_coroutine_threadsafe` (CPython 3.14) returning a LoopFuture."""
    if not asyncio.iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    future = LoopFuture()

    def callback():
        try:
            _futures._chain_future(asyncio.ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


run_coroutine_threadsafe.__module__ = "asyncio.tasks"


class NoProcessPool(concurrent.futures.Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(NO_PROCESSES)


NoProcessPool.__name__ = NoProcessPool.__qualname__ = "ProcessPoolExecutor"
NoProcessPool.__module__ = "concurrent.futures.process"


def _shutdown_joining_emulated_threads(saved_shutdown):
    """`ThreadPoolExecutor.shutdown` that, like CPython's, blocks its caller until the pool's threads
    are done: leaving `with ThreadPoolExecutor() as pool:` inside a coroutine holds the event loop
    until the emulated threads' clocks say they finished (a classic way to block the loop by mistake)."""

    def shutdown(self, wait=True, *, cancel_futures=False):
        loop = _events._get_running_loop()
        pool = getattr(loop, "_pools", {}).get(id(self)) if loop is not None else None
        if wait and pool is not None:
            left = pool.busy_until() - loop.time()
            if left > 0:
                loop._state.blocking_sleep(left, "ThreadPoolExecutor.shutdown(wait=True)")
        return saved_shutdown(self, wait, cancel_futures=cancel_futures)

    shutdown.__qualname__ = saved_shutdown.__qualname__
    return shutdown


class ThreadPatches:
    """`run_coroutine_threadsafe`, ProcessPoolExecutor and ThreadPoolExecutor.shutdown for the
    duration of a run."""

    def __init__(self):
        self.saved_threadsafe = _tasks.run_coroutine_threadsafe
        self.saved_pool = vars(concurrent.futures).get("ProcessPoolExecutor", _MISSING)
        self.saved_shutdown = concurrent.futures.ThreadPoolExecutor.shutdown

    def apply(self):
        asyncio.run_coroutine_threadsafe = _tasks.run_coroutine_threadsafe = run_coroutine_threadsafe
        concurrent.futures.ProcessPoolExecutor = NoProcessPool
        concurrent.futures.ThreadPoolExecutor.shutdown = _shutdown_joining_emulated_threads(
            self.saved_shutdown
        )

    def restore(self):
        concurrent.futures.ThreadPoolExecutor.shutdown = self.saved_shutdown
        _tasks.run_coroutine_threadsafe = self.saved_threadsafe
        asyncio.run_coroutine_threadsafe = self.saved_threadsafe
        if self.saved_pool is _MISSING:
            # Imported lazily by the package's __getattr__ on first use.
            vars(concurrent.futures).pop("ProcessPoolExecutor", None)
        else:
            concurrent.futures.ProcessPoolExecutor = self.saved_pool


_MISSING = object()


class Gil:
    """The run's global interpreter lock: the virtual times at which emulated threads computed."""

    def __init__(self):
        self.busy = []  # sorted, non-overlapping (start, end) spans of computing

    def finish(self, start, seconds, take=False):
        """When `seconds` of computing that wants to start at `start` ends, using only the time no
        earlier thread computed in; with `take`, that time is then the lock's."""
        t, left, pieces = start, seconds, []
        for b0, b1 in self.busy:
            if b1 <= t:
                continue
            if b0 > t:
                if b0 - t >= left:
                    break
                pieces.append((t, b0))
                left -= b0 - t
            t = b1
        end = t + left
        if take:
            pieces.append((t, end))
            merged = []
            for b0, b1 in sorted(self.busy + pieces):
                if merged and b0 <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], b1))
                else:
                    merged.append((b0, b1))
            self.busy = merged
        return end


class ThreadClock(Clock):
    """A worker thread's clock: its long spans of computing take turns on the GIL."""

    __slots__ = ("gil",)

    def __init__(self, start, gil):
        super().__init__(start)
        self.gil = gil

    def at(self, reading):
        spent = charged(reading - self.anchor)
        if self.frozen or spent == 0.0:
            return self.offset
        return self.gil.finish(self.offset, spent)

    def settle(self):
        reading = meter()
        if not self.frozen:
            spent = charged(reading - self.anchor)
            if spent > 0.0:
                self.offset = self.gil.finish(self.offset, spent, take=True)
        self.anchor = reading


class EmulatedPool:
    def __init__(self, state, workers):
        self.state = state
        # One lock for every pool of the run (kept on the run's state).
        self.gil = vars(state).setdefault("gil", Gil())
        self.free_at = [0.0] * (workers or DEFAULT_WORKERS)

    def busy_until(self):
        """The virtual time when the pool's last thread finishes its work."""
        return max(self.free_at)

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
        thread_clock = ThreadClock(start, self.gil)
        saved_current = state.tracer.current
        saved_prints = state.thread_prints
        saved_running = _events._get_running_loop()
        prints = []
        state.clock = thread_clock
        state.tracer.current = tid
        state.thread_prints = prints
        state.in_thread += 1
        _events._set_running_loop(None)
        result = error = None
        try:
            result = func(*args)
        except (LimitReached, KeyboardInterrupt):
            raise
        except BaseException as exc:
            error = exc
        finally:
            thread_clock.settle()  # its last span of computing takes the GIL too
            end = thread_clock.now()
            _events._set_running_loop(saved_running)
            state.in_thread -= 1
            state.thread_prints = saved_prints
            state.tracer.current = saved_current
            state.clock = main_clock
            main_clock.unfreeze()
        return result, error, end, prints
