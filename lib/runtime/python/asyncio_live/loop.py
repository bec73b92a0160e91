"""An asyncio event loop on the virtual clock.

When nothing is ready the "selector" advances the clock to the next timer instead of sleeping, so
`await asyncio.sleep(2)` costs no wall time. Limits (time, steps, deadlock, output, stop) are enforced
between loop iterations, where raising leaves the loop consistent.
"""

import asyncio
import asyncio.base_events as _base_events
import asyncio.events as _events
import asyncio.futures as _futures
import concurrent.futures
import functools
import heapq
import math
import types
import warnings
from types import CoroutineType

from .clock import meter
from .limits import Deadlock, ShutdownStuck, StepLimit
from .stop import Stopped
from .ordered_task import TASK_CLASSES
from .threads import EmulatedPool
from .tracer import TID

SHUTDOWN_STEPS = 20_000
# A run may schedule this many times `maxSteps` callbacks in all (timers, task steps, anything),
# as long as it keeps waiting for timers between bursts.
TOTAL_STEPS_FACTOR = 20


_SLEEP_DONE = _futures._set_result_unless_cancelled
_run_handle = asyncio.Handle._run
_MAXIMUM_SELECT_TIMEOUT = _base_events.MAXIMUM_SELECT_TIMEOUT
_MIN_SCHEDULED_TIMER_HANDLES = _base_events._MIN_SCHEDULED_TIMER_HANDLES
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = _base_events._MIN_CANCELLED_TIMER_HANDLES_FRACTION
_call_soon = asyncio.BaseEventLoop.call_soon
_call_later = asyncio.BaseEventLoop.call_later

# Plain Python callbacks never belong to a task; a C Task's own step and wake-up callbacks are other
# callables that carry the task as `__self__`. Skipping these types avoids a failing getattr.
_NOT_TASK_CALLBACKS = (types.FunctionType, types.MethodType, functools.partial)


class OrderedTimer(asyncio.TimerHandle):
    """A timer that fires after the timers due at the same instant that were scheduled before it.

    Short computing costs no virtual time, so two `sleep(1)` started one after the other are due
    at exactly the same time; CPython's clock moves between them and fires them in that order,
    while the heap alone leaves ties in any order."""

    __slots__ = ("_seq", "_live")
    _count = 0

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        OrderedTimer._count += 1
        self._seq = OrderedTimer._count
        # Index of its record in the loop trace (loop_trace.py), or None.
        self._live = None

    def __lt__(self, other):
        if self._when == other._when:
            return self._seq < other._seq
        return self._when < other._when


class VirtualSelector:
    def __init__(self, loop):
        self._loop = loop

    def select(self, timeout=None):
        self._loop._virtual_wait(timeout)
        return []

    def get_map(self):
        return {}

    def close(self):
        pass


class VirtualLoop(asyncio.BaseEventLoop):
    def __init__(self, state):
        super().__init__()
        self._state = state
        self._selector = VirtualSelector(self)
        self._clock_resolution = 1e-9
        self._pools = {}
        self._silenced = False
        # The loop trace (loop_trace.py) while this loop runs traced, else None.
        self._loop_trace = None
        state.loops.append(self)
        self.set_task_factory(state.task_factory)

    def time(self):
        return self._state.clock.now()

    def run_forever(self):
        # While a loop runs, the top level waits for it (the timeline's "top level" lane).
        state = self._state
        traced = state.tracing and not state.in_thread and not state.shutting_down
        if traced:
            state.tracer.loop_started(state.clock.now())
            self._loop_trace = state.tracer.loop
        # The program's computing up to here is charged; the loop's start-up is not.
        state.clock.settle()
        try:
            return super().run_forever()
        finally:
            self._loop_trace = None
            state.clock.restart()
            if traced:
                state.tracer.loop_stopped(state.clock.now())

    def close(self):
        state = self._state
        if state.tracing and not state.in_thread and not state.shutting_down:
            state.tracer.loop_closed(state.clock.now())
        super().close()

    # ----- the clock jump -----

    def _virtual_wait(self, timeout):
        state = self._state
        # What ran since the last handle was the loop's own work, not the program's.
        state.clock.restart()
        if timeout is None:
            if not state.enforcing:
                raise ShutdownStuck("tasks still waiting after the run was stopped")
            pending = state.tracer.pending_description() or _pending_from_tasks(self)
            raise state.fail(
                Deadlock(
                    "deadlock: every task is waiting and no timer is pending"
                    + (f" ({pending})" if pending else "")
                )
            )
        if timeout > 0:
            # Like epoll, wait in whole milliseconds rounded up: timers due within the same
            # millisecond fire in one loop iteration, as they do in CPython. Rounded first: on an
            # exact clock, 0.2 + 0.1 - 0.2 is 0.10000000000000003, not a millisecond more.
            timeout = math.ceil(round(timeout * 1000, 6)) / 1000
            now = state.clock.now()
            if state.enforcing and now + timeout > state.max_time:
                state.clock.advance(max(0.0, state.max_time - now))
                raise state.time_limit()
            state.clock.advance(timeout)
            state.busy_steps = 0
            state.tracer.idle.append((now, now + timeout))

    def _run_once(self):
        state = self._state
        if state.enforcing:
            stop = state.stop
            if stop is not None and (stop.pending is not None or stop.delivered) and stop.deliver():
                raise state.fail(Stopped())
            if state.busy_steps > state.max_steps:
                raise state.fail(
                    StepLimit(
                        f"step limit: tasks took more than {state.max_steps} steps without the "
                        "loop ever waiting for a timer (a loop that never ends, like "
                        "`while True: await asyncio.sleep(0)`?)"
                    )
                )
            if state.steps > state.max_steps * TOTAL_STEPS_FACTOR:
                raise state.fail(
                    StepLimit(
                        f"step limit: more than {state.max_steps * TOTAL_STEPS_FACTOR} callbacks ran"
                    )
                )
            if state.clock.now() > state.max_time:
                raise state.time_limit()
        else:
            state.shutdown_steps += 1
            if state.shutdown_steps > SHUTDOWN_STEPS:
                raise ShutdownStuck("tasks kept running after the run was stopped")
        self._run_once_virtual()

    def _run_once_virtual(self):
        """`BaseEventLoop._run_once` (CPython 3.14) with each handle run in its own span of the
        clock (see clock.py) and, when tracing, each traced task's step handed to the tracer. (No
        I/O to poll: the selector is the clock jump.)"""
        scheduled = self._scheduled
        count = len(scheduled)
        if (
            count > _MIN_SCHEDULED_TIMER_HANDLES
            and self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION
        ):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)._scheduled = False
        ready = self._ready
        timeout = None
        if ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = min(_MAXIMUM_SELECT_TIMEOUT, max(0, scheduled[0]._when - self.time()))
        self._virtual_wait(timeout)

        lt = self._loop_trace
        if lt is not None:
            return self._run_ready_traced(lt)
        end_time = self.time() + self._clock_resolution
        while scheduled:
            if scheduled[0]._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            ready.append(handle)

        state = self._state
        tracing = state.tracing
        tracer = state.tracer
        step_done = tracer.step_done
        run = self._run_handle_debug if self._debug else _run_handle
        clock = state.clock
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            # The loop's own work between handles is dropped; each handle's work is a span.
            owner = _task_of(handle._callback) if tracing else None
            tid = getattr(owner, TID, 0) if owner is not None else 0
            if not tid:
                clock.restart()
                try:
                    run(handle)
                finally:
                    clock.settle()
                continue
            tracer.current = tid
            tracer.sleeping = None
            clock.restart()
            start = int(clock.offset * 1e6)
            try:
                run(handle)
            finally:
                clock.settle()
                tracer.current = None
                step_done(owner, tid, start, int(clock.offset * 1e6))
        handle = None  # Breaks a cycle when an exception occurs, as CPython's loop does.

    def _run_ready_traced(self, lt):
        """The rest of `_run_once_virtual` with the iteration recorded in the loop trace
        (loop_trace.py): kept apart so that runs without it pay nothing."""
        scheduled = self._scheduled
        ready = self._ready
        state = self._state
        tracer = state.tracer
        steps = tracer.steps
        lt.count += 1
        iteration = lt.count
        timers = lt.timers
        fired = 0
        end_time = self.time() + self._clock_resolution
        while scheduled:
            if scheduled[0]._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            ready.append(handle)
            if not handle._cancelled:
                fired += 1
            if handle._live is not None:
                timers[handle._live * 6 + 2] = iteration
        count = len(ready)
        detailed = lt.detail is None
        if detailed and lt.budget < count:
            lt.detail = len(lt.iters)
            detailed = False
        record = [int(self.time() * 1e6), len(steps) // 6, fired, 0]
        lt.iters.append(record)
        items = lt.items
        step_done = tracer.step_done
        filename = tracer.filename
        run = self._run_handle_debug if self._debug else _run_handle
        clock = state.clock
        # Handles run, counted in a local and stored once (per-handle writes to the record and the
        # budget were a measurable part of the loop trace's cost); stored also when a limit ends
        # the run inside the iteration.
        ran = 0
        try:
            for i in range(count):
                handle = ready.popleft()
                if handle._cancelled:
                    continue
                owner = _task_of(handle._callback)
                tid = getattr(owner, TID, 0) if owner is not None else 0
                if not tid:
                    if detailed:
                        live = getattr(handle, "_live", None)
                        if live is not None:
                            what, ref = timers[live * 6 + 5], timers[live * 6 + 4]
                        else:
                            what, ref = lt.describe(handle._callback, handle._args or ())
                    clock.restart()
                    try:
                        run(handle)
                    finally:
                        clock.settle()
                        ran += 1
                        if detailed:
                            items += (what, ref, len(ready) - (count - i - 1))
                    continue
                step = len(steps) // 6
                tracer.current = tid
                tracer.sleeping = None
                clock.restart()
                start = int(clock.offset * 1e6)
                try:
                    run(handle)
                finally:
                    clock.settle()
                    tracer.current = None
                    step_done(owner, tid, start, int(clock.offset * 1e6))
                    ran += 1
                    if detailed:
                        items += (0, step, len(ready) - (count - i - 1))
                        # Suspended inside another coroutine of the user's (a sleep's own
                        # coroutine is asyncio's: most steps stop at this check).
                        coro = owner.get_coro()
                        inner = coro.cr_await if coro.__class__ is CoroutineType else None
                        if (
                            inner.__class__ is CoroutineType
                            and inner.cr_code.co_filename == filename
                        ):
                            lt.stack(step, coro, inner, filename)
        finally:
            record[3] = ran
            if detailed:
                lt.budget -= ran
        handle = None  # Breaks a cycle when an exception occurs, as CPython's loop does.

    def _run_handle_debug(self, handle):
        """Debug mode (`asyncio.run(..., debug=True)`) reports slow callbacks, as CPython does."""
        try:
            self._current_handle = handle
            t0 = self.time()
            handle._run()
            dt = self.time() - t0
            if dt >= self.slow_callback_duration:
                # Writing the warning is the loop's work, not the step's: on a busy machine it can
                # take over FREE_COMPUTE of wall time and would be charged to the program.
                w0 = meter()
                _base_events.logger.warning(
                    "Executing %s took %.3f seconds", _base_events._format_handle(handle), dt
                )
                self._state.clock.discount(meter() - w0)
        finally:
            self._current_handle = None

    # ----- scheduling hooks: count steps and note when a task becomes ready -----

    def call_soon(self, callback, *args, context=None):
        # Runs for every callback: kept lean. A traced task's wake-up makes its open wait "ready".
        state = self._state
        state.steps += 1
        if callback.__class__ not in _NOT_TASK_CALLBACKS:
            # A task step (or wake-up): what the step limit counts.
            state.busy_steps += 1
            if not state.tracing:
                return _call_soon(self, callback, *args, context=context)
            owner = getattr(callback, "__self__", None)
            if owner.__class__ in TASK_CLASSES:
                tid = getattr(owner, TID, 0)
                if tid:
                    tracer = state.tracer
                    last = tracer.last_step[tid - 1]
                    steps = tracer.steps
                    if last >= 0 and steps[last + 4] is None and steps[last + 5] is not None:
                        # Woken: the wait after its latest step turns from waiting to ready.
                        steps[last + 4] = int(state.clock.now() * 1e6)
        return _call_soon(self, callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        if callback is _SLEEP_DONE and self._state.tracing:
            # asyncio.sleep(delay) is the only caller with this callback: note the exact delay.
            self._state.tracer.sleeping = delay
        return _call_later(self, delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """`BaseEventLoop.call_at` (CPython 3.14) with timers that keep their order on ties."""
        self._state.steps += 1
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = OrderedTimer(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        lt = self._loop_trace
        if lt is not None and lt.detail is None:
            if callback is _SLEEP_DONE:
                # Every asyncio.sleep comes here (10,000 in the overhead benchmark): recorded inline,
                # as `LoopTrace.timer_added` would, without its call and lookups.
                tracer = lt.tracer
                label = lt.sleep_labels.get(tracer.sleeping)
                if label is None:
                    label = lt.sleep_label(tracer.sleeping)
                timers = lt.timers
                timer._live = len(timers) // 6
                timers += (int(when * 1e6), lt.count, None, 0, tracer.current, label)
            else:
                lt.timer_added(timer, callback, args, when)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled and self._loop_trace is not None:
            self._loop_trace.timer_cancelled(handle)
        super()._timer_handle_cancelled(handle)

    def call_soon_threadsafe(self, callback, *args, context=None):
        if self._state.in_thread:
            return self.call_at(self._state.clock.now(), callback, *args, context=context)
        return self.call_soon(callback, *args, context=context)

    def _write_to_self(self):
        pass

    def _process_events(self, event_list):
        pass

    # ----- worker threads, emulated on the virtual clock -----

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is not None and not isinstance(
            executor, concurrent.futures.ThreadPoolExecutor
        ):
            raise RuntimeError(
                f"asyncio, live can only emulate thread pools, not {type(executor).__name__}: "
                "a browser page cannot start processes. For blocking I/O use asyncio.to_thread(...)"
            )
        key = id(executor) if executor is not None else None
        pool = self._pools.get(key)
        if pool is None:
            workers = getattr(executor, "_max_workers", None) if executor else None
            pool = self._pools[key] = EmulatedPool(self._state, workers)
        return pool.submit(self, func, args)

    def set_default_executor(self, executor):
        self._pools.pop(None, None)
        if executor is not None:
            self._pools[None] = EmulatedPool(self._state, getattr(executor, "_max_workers", None))

    async def shutdown_default_executor(self, timeout=None):
        """`asyncio.run` ends by waiting for the default pool's threads (CPython joins them, for up to
        `timeout` seconds): an emulated thread's prints and end are timers on this loop, so wait on
        the virtual clock until its last thread is done, or lost prints would show a different run."""
        self._executor_shutdown_called = True
        pool = self._pools.get(None)
        if pool is None:
            return
        wait = pool.busy_until() - self.time()
        if timeout is not None and wait > timeout:
            await asyncio.sleep(timeout)
            warnings.warn(
                f"The executor did not finishing joining its threads within {timeout} seconds.",
                RuntimeWarning,
                stacklevel=2,
            )
        elif wait > 0:
            await asyncio.sleep(wait)

    # ----- errors -----

    def default_exception_handler(self, context):
        if self._silenced or self._state.ignore_exception(context.get("exception")):
            return
        self._state.report_loop_exception(context)


def _task_of(callback):
    """The Task whose step or wake-up `callback` is, or None. Plain Python callbacks never belong
    to a task; a C Task's own callbacks carry it as `__self__`."""
    if callback.__class__ in _NOT_TASK_CALLBACKS:
        return None
    owner = getattr(callback, "__self__", None)
    return owner if owner.__class__ in TASK_CLASSES else None


def _pending_from_tasks(loop):
    tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
    return ", ".join(f"{t.get_name()} waits" for t in tasks)


_BasePolicy = getattr(_events, "_BaseDefaultEventLoopPolicy", None) or _events.BaseDefaultEventLoopPolicy


class VirtualPolicy(_BasePolicy):
    """Makes `asyncio.run`, `asyncio.Runner` and `new_event_loop` produce our loop."""

    def __init__(self, state):
        super().__init__()
        self._state = state

    def _loop_factory(self):
        return VirtualLoop(self._state)

    def new_event_loop(self):
        return VirtualLoop(self._state)

