"""What the event loop itself did, iteration by iteration (the "Event loop" view).

The task trace (tracer.py) says what each task did; this says what the loop did around it: which
handles each iteration ran, in the order of its ready queue, and which timers were scheduled, when
they were due and whose they were. Everything else the view shows (what each waiting task waits on,
the await graph) is read from the task trace at the step the iteration had reached.

Recorded as deltas: an iteration's ready queue *is* the list of handles it runs (the loop runs
exactly what was ready when it started), so one list per iteration gives both "what ran" and "what
was ready"; a timer is one record with the iteration it was added in and the one it left in. Each
handle run also notes how many handles it had scheduled for the next iteration so far, which gives
the ready queue between any two handles.

Bounded: handles are recorded one by one for the first `DETAIL_HANDLES`; after that each iteration
keeps only its time and counts (the view says the program is too large to show in detail), so a
100,000-task program costs a few numbers per iteration. Layout on the wire: `LoopTraceWireSchema`
in lib/runtime/trace.ts.
"""

import asyncio.tasks as _tasks
import asyncio.taskgroups as _taskgroups
import asyncio.timeouts as _timeouts
import asyncio.futures as _futures
import functools
import types

from .describe import short_repr

# Handles recorded one by one; beyond this, iterations are summarised. Must match
# LOOP_DETAIL_HANDLES in lib/runtime/trace.ts.
DETAIL_HANDLES = 20_000

_SLEEP_DONE = _futures._set_result_unless_cancelled
_CoroutineType = types.CoroutineType
_GATHER_DONE_NAME = "gather.<locals>._done_callback"


class LoopTrace:
    def __init__(self, tracer):
        self.tracer = tracer
        # Per iteration: [time µs, steps recorded before it, timers it fired, handles it ran].
        self.iters = []
        # Per handle run, in order, for the first `detail` iterations: [what, ref, scheduled].
        # what 0: a task step, ref = index of the step it made in the task trace (steps / 6);
        # what k > 0: labels[k - 1], ref = the task it concerns or None. scheduled: how many
        # handles the next iteration will run had been scheduled once this one returned.
        self.items = []
        # Per timer: [due µs, added, removed, cancelled, task, label]. added / removed are
        # iteration counts (`count` at that moment): the timer is pending between iterations
        # `added` and `removed` (None: never left). task: the task that set it (whose sleep it
        # ends), or None; label: index into labels.
        self.timers = []
        # [step, chain index, ...] for steps after which the task was suspended inside coroutines
        # it awaits (main -> helper -> ...): the coroutine part of `asyncio.capture_call_graph`.
        # chains[k] lists their names, outermost first, the user's coroutines only.
        self.stacks = []
        self.chains = []
        self._chain_index = {}
        self.labels = []
        self._label_index = {}
        self.sleep_labels = {}
        # Iterations started so far (the next one's number).
        self.count = 0
        # Iterations recorded in detail (None while all are).
        self.detail = None
        self.budget = DETAIL_HANDLES

    # ----- labels -----

    def label(self, text):
        """Label table index + 1 (0 means "a task step")."""
        index = self._label_index.get(text)
        if index is None:
            self.labels.append(text)
            index = self._label_index[text] = len(self.labels)
        return index

    def describe(self, callback, args):
        """(label index, task id or None) for a plain callback the loop runs."""
        ids = self.tracer.ids
        while isinstance(callback, functools.partial):
            args = callback.args + tuple(args)
            callback = callback.func
        owner = getattr(callback, "__self__", None)
        name = getattr(callback, "__qualname__", None) or type(callback).__name__
        if name == _GATHER_DONE_NAME and args:
            return self.label("gather: a child is done"), ids.get(args[0])
        if isinstance(owner, _taskgroups.TaskGroup) and args:
            return self.label("TaskGroup: a child is done"), ids.get(args[0])
        if isinstance(owner, _tasks.Task):
            # A task the trace does not follow (asyncio.run's own clean-up coroutines).
            coro = getattr(owner.get_coro(), "__name__", "a task")
            return self.label(f"asyncio.run's clean-up: {coro}()"), None
        if name.endswith("_run_until_complete_cb"):
            return self.label("the awaited task is done: stop the loop"), ids.get(args[0])
        if callback is _SLEEP_DONE:
            return self.label("a sleep ends"), None
        if isinstance(owner, _timeouts.Timeout):
            return self.label("timeout expires"), None
        task = None
        for arg in args:
            task = ids.get(arg)
            if task is not None:
                break
        shown = ", ".join(short_repr(a) for a in args[:3]) + (", ..." if len(args) > 3 else "")
        return self.label(f"{name}({shown})"), task

    def stack(self, step, coro, inner, filename):
        """Notes the chain of the user's coroutines `coro` is suspended in, if longer than one
        (`inner`, what it awaits, is a coroutine of the user's file)."""
        names = None
        obj = inner
        while obj is not None and obj.__class__ is _CoroutineType:
            code = obj.cr_code
            if code.co_filename == filename:
                if names is None:
                    names = [coro.__qualname__]
                names.append(code.co_qualname)
            obj = obj.cr_await
        if names is None:
            return
        key = tuple(names)
        index = self._chain_index.get(key)
        if index is None:
            index = self._chain_index[key] = len(self.chains)
            self.chains.append(names)
        self.stacks += (step, index)

    # ----- timers -----

    def sleep_label(self, delay):
        """The label of a sleep of `delay` seconds (None: unknown), made once per delay."""
        label = self.sleep_labels[delay] = self.label(
            f"sleep({delay:g}) ends" if delay is not None else "a sleep ends"
        )
        return label

    def timer_added(self, timer, callback, args, when):
        if self.detail is not None:
            return
        tracer = self.tracer
        task = tracer.current
        if callback is _SLEEP_DONE:
            # The common case (every asyncio.sleep; VirtualLoop.call_at records it inline): one
            # label per delay, looked up.
            label = self.sleep_labels.get(tracer.sleeping)
            if label is None:
                label = self.sleep_label(tracer.sleeping)
        elif isinstance(getattr(callback, "__self__", None), _timeouts.Timeout):
            label = self.label("timeout expires")
        else:
            label, about = self.describe(callback, args)
            task = about if about is not None else task
        timer._live = len(self.timers) // 6
        self.timers += (int(when * 1e6), self.count, None, 0, task, label)

    def timer_cancelled(self, timer):
        index = timer._live
        if index is not None:
            self.timers[index * 6 + 2] = self.count
            self.timers[index * 6 + 3] = 1

    def to_wire(self):
        return {
            "version": 1,
            "iters": self.iters,
            "items": self.items,
            "timers": self.timers,
            "labels": self.labels,
            "stacks": self.stacks,
            "chains": self.chains,
            "detail": self.detail,
            "detailLimit": DETAIL_HANDLES,
        }
