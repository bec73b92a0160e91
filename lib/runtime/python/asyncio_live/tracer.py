"""What every task did: steps (running), waits (and on what), and how it ended.

A task's coroutine is wrapped in `TracedCoro`, whose `send`/`throw` are those of a generator
(`_drive`) that steps the real coroutine: the event loop's Task resumes that generator once per
step, with no Python call to set up and every piece of state already in its locals. What a step
yields (and the chain of `cr_await` frames under it) tells what the task now waits on.

Records are kept flat (task fields as columns; one run of numbers per step, with the wait that
follows it; wait descriptions in a shared table; times in integer microseconds, which JSON-encode
far faster than floats) and cross to TypeScript in that compact form; lib/runtime/trace.ts expands
them into the documented shape.
"""

import collections.abc
import sys
import types
import weakref
from asyncio import CancelledError, Task
from asyncio.tasks import sleep as _sleep

from .clock import _perf
from .describe import GATHERING, KNOWN, coro_label, short_repr, sleep_info

_SLEEP_CODE = _sleep.__code__
_CoroutineType = types.CoroutineType
_YIELD = {"kind": "yield", "label": "sleep(0)"}
_FUTURE = {"kind": "future", "label": "future"}


class Ids:
    """Maps asyncio objects to trace ids without keeping them alive (a task is found through its
    wrapped coroutine; thread futures through a weak map), so unretrieved exceptions still get
    reported when the task is garbage-collected, as in CPython."""

    def __init__(self, tracer):
        self.futures = weakref.WeakKeyDictionary()
        self.tracer = tracer

    def get(self, obj):
        if isinstance(obj, Task):
            return getattr(obj.get_coro(), "_tid", None)
        try:
            return self.futures.get(obj)
        except TypeError:
            return None

    def label_of(self, tid):
        return self.tracer.labels[tid - 1]


class Tracer:
    def __init__(self, state, enabled, filename):
        self.state = state
        self.enabled = enabled
        self.filename = filename
        # One column per task field (task id = index + 1): no object per task for the collector
        # to walk, and the wire form is these lists as they are.
        self.names = []
        self.coros = []
        self.labels = []
        self.kinds = []
        self.parents = []
        self.created = []
        self.created_lines = []
        self.ends = []
        self.outcomes = []
        self.outcome_a = []
        self.outcome_b = []
        self.ids = Ids(self)
        # Trace id and TracedCoro of the task whose step is running.
        self.current = None
        self.current_rec = None
        self.idle = []
        self.awaits = []
        self.await_index = {}
        # One flat run for all tasks, in time order: [task, start, end, line, readyAt, await, ...].
        # (readyAt, await) describe the wait that follows the step (await None: the task ended in
        # it); the wait starts at the step's end, on its line, and ends when the task's next step
        # starts. Never rebound: `_drive` keeps a reference.
        self.steps = []
        self._end_lines = {}

    # ----- creation -----

    def user_line(self, frame=None):
        """The innermost line of the user's file on the current stack."""
        frame = frame or sys._getframe(1)
        filename = self.filename
        while frame is not None:
            if frame.f_code.co_filename == filename:
                return frame.f_lineno
            frame = frame.f_back
        return None

    def new_record(self, name, coro_name, label, kind, created, line):
        """Adds a task (or thread); returns its trace id. `created` in seconds."""
        self.names.append(name)
        self.coros.append(coro_name)
        self.labels.append(label)
        self.kinds.append(kind)
        self.parents.append(self.current)
        self.created.append(int(created * 1e6))
        self.created_lines.append(line)
        self.ends.append(None)
        self.outcomes.append("pending")
        self.outcome_a.append(None)
        self.outcome_b.append(None)
        return len(self.names)

    def new_task(self, coro, name, kind="task"):
        return self.new_record(
            name,
            coro.__qualname__,
            coro_label(coro) if kind != "main" else "<module>",
            kind,
            self.state.clock.now(),
            self.user_line(sys._getframe(1)),
        )

    def set_outcome(self, tid, end, outcome):
        """`end` in seconds; `outcome` a (kind, a, b) triple."""
        i = tid - 1
        self.ends[i] = int(end * 1e6)
        self.outcomes[i], self.outcome_a[i], self.outcome_b[i] = outcome

    # ----- steps -----

    def sleep_scheduled(self, delay):
        rec = self.current_rec
        if rec is not None:
            rec.sleeping = delay

    def finish(self, tid, start, outcome, line, t):
        end = int(t * 1e6)
        self.steps += (tid, start, end, line, None, None)
        i = tid - 1
        self.ends[i] = end
        self.outcomes[i], self.outcome_a[i], self.outcome_b[i] = outcome
        self.current = None
        self.current_rec = None

    def describe_wait(self, rec, yielded, coro):
        """(innermost user line, what the task waits on). The outermost asyncio primitive in the
        chain of awaits names the wait; the yielded future fills in tasks, gathers and threads."""
        filename = self.filename
        line = None
        awaiting = None
        obj = coro
        while obj is not None:
            if obj.__class__ is _CoroutineType:
                # The common case, read without getattr's default handling.
                code = obj.cr_code
                if code is _SLEEP_CODE:
                    # The delay was noted when sleep() scheduled its timer: no frame needed.
                    if awaiting is None:
                        awaiting = _YIELD if rec.sleeping is None else sleep_info(rec.sleeping)
                    break
                frame = obj.cr_frame
                if frame is None:
                    break
            else:
                frame = getattr(obj, "cr_frame", None)
                if frame is None:
                    frame = getattr(obj, "gi_frame", None)
                    if frame is None:
                        break
                code = frame.f_code
            if code.co_filename == filename:
                line = frame.f_lineno
            elif code is _SLEEP_CODE:
                # The delay was noted when sleep() scheduled its timer: no need to read frame locals.
                if awaiting is None:
                    awaiting = _YIELD if rec.sleeping is None else sleep_info(rec.sleeping)
                break
            elif awaiting is None:
                describe = KNOWN.get(code)
                if describe is not None:
                    awaiting = describe(frame, self.ids)
                    if awaiting["kind"] != "wait_for":
                        break
            if obj.__class__ is _CoroutineType:
                obj = obj.cr_await
            else:
                nxt = getattr(obj, "cr_await", None)
                obj = nxt if nxt is not None else getattr(obj, "gi_yieldfrom", None)
        if awaiting is None:
            awaiting = self.describe_future(yielded)
            if awaiting is None:
                awaiting = _FUTURE if rec.sleeping is None else sleep_info(rec.sleeping)
        return line, awaiting

    def describe_future(self, yielded):
        if yielded is None:
            return _YIELD
        tid = self.ids.get(yielded)
        if tid is not None:
            kind = "thread" if self.kinds[tid - 1] == "thread" else "task"
            return {"kind": kind, "task": tid, "label": self.labels[tid - 1]}
        if GATHERING and isinstance(yielded, GATHERING):
            children = getattr(yielded, "_children", ()) or ()
            tasks = [t for t in (self.ids.get(c) for c in children) if t is not None]
            return {"kind": "gather", "tasks": tasks, "label": f"gather({len(children)})"}
        return None

    def end_line(self, code):
        """Where a coroutine that returned finished: its last line (frames are gone by then)."""
        if code.co_filename != self.filename:
            return None
        line = self._end_lines.get(code)
        if line is None:
            line = code.co_firstlineno
            for _, _, ln in code.co_lines():
                if ln is not None and ln > line:
                    line = ln
            self._end_lines[code] = line
        return line

    # ----- result -----

    def pending_description(self):
        steps = self.steps
        waiting = {steps[i]: steps[i + 5] for i in range(0, len(steps), 6)}
        parts = []
        for i, outcome in enumerate(self.outcomes):
            index = waiting.get(i + 1)
            if outcome == "pending" and index is not None and self.kinds[i] != "thread":
                label = self.awaits[index]["label"]
                parts.append(f"{self.names[i]} {self.labels[i]} waits on {label}")
        return ", ".join(parts)

    def to_wire(self, end):
        """Compact, columnar form: see `TraceWireSchema` in lib/runtime/trace.ts for the layout."""
        idle = []
        for start, stop in self.idle:
            idle += (_us(start), _us(stop))
        return {
            "version": 1,
            "end": _us(end),
            "awaits": self.awaits,
            "tasks": {
                "name": self.names,
                "coro": self.coros,
                "label": self.labels,
                "kind": self.kinds,
                "parent": self.parents,
                "created": self.created,
                "createdLine": self.created_lines,
                "end": self.ends,
                "outcome": self.outcomes,
                "outcomeA": self.outcome_a,
                "outcomeB": self.outcome_b,
            },
            "steps": self.steps,
            "idle": idle,
        }

    def release(self):
        """Drops the trace at once: the run's objects form cycles that the collector would
        otherwise free later, in some other run's time."""
        self.__dict__.clear()


def _us(seconds):
    return int(seconds * 1e6)


def outcome_of_exception(exc):
    """Outcomes are (kind, repr-or-type, message) triples."""
    if isinstance(exc, CancelledError):
        return ("cancelled", None, None)
    return ("exception", type(exc).__name__, str(exc)[:200])


class TracedCoro(collections.abc.Coroutine):
    """Wraps a task's coroutine so each step is seen; looks like the coroutine to reprs. Also holds
    the task's trace id and tracing state.

    `send` and `throw` are slots holding the bound methods of a `_drive` generator: the Task calls
    them as methods, which resumes the generator directly."""

    __slots__ = ("_coro", "_tid", "_driver", "send", "throw", "ready_slot", "sleeping")

    def __init__(self, coro, tid, tracer):
        self._coro = coro
        self._tid = tid
        # While the task waits and nobody has woken it yet: where its wait's readyAt goes in
        # `Tracer.steps` (0 otherwise). The loop's call_soon fills it in.
        self.ready_slot = 0
        # Delay of an asyncio.sleep timer scheduled during the current step.
        self.sleeping = None
        driver = _drive(coro, self, tracer, tracer.state.clock)
        # Primed, so that a throw before the first step (a task cancelled before it ran) reaches
        # the coroutine, as it would without us.
        driver.send(None)
        self._driver = driver
        self.send = driver.send
        self.throw = driver.throw

    def close(self):
        self._driver.close()
        return self._coro.close()

    def __await__(self):
        return self._coro.__await__()

    def __getattr__(self, name):
        return getattr(self._coro, name)


def _drive(coro, rec, tracer, clock):
    """Steps `coro` once per resumption. The time it spends on our bookkeeping after each step is
    taken off the virtual clock, so tracing does not make the program look slower (what runs before
    a step is a few assignments, left in)."""
    send = coro.send
    throw = coro.throw
    steps = tracer.steps
    tid = rec._tid
    describe = tracer.describe_wait
    await_index = tracer.await_index
    awaits = tracer.awaits
    value = exc = None
    try:
        value = yield
    except GeneratorExit:
        raise
    except BaseException as thrown:
        exc = thrown
    while True:
        rec.ready_slot = 0
        rec.sleeping = None
        tracer.current = tid
        tracer.current_rec = rec
        start = int((clock.offset + (_perf() - clock.anchor)) * 1e6)
        try:
            yielded = send(value) if exc is None else throw(exc)
        except StopIteration as stop:
            tracer.finish(
                tid,
                start,
                ("result", short_repr(stop.value), None),
                tracer.end_line(coro.cr_code),
                clock.now(),
            )
            return stop.value
        except BaseException as error:
            line = _exception_line(tracer, coro, error)
            tracer.finish(tid, start, outcome_of_exception(error), line, clock.now())
            raise
        w0 = _perf()
        end = int((clock.offset + (w0 - clock.anchor)) * 1e6)
        line, awaiting = describe(rec, yielded, coro)
        key = id(awaiting)
        index = await_index.get(key)
        if index is None:
            index = await_index[key] = len(awaits)
            awaits.append(awaiting)
        if yielded is None:
            # sleep(0): ready again at once.
            steps += (tid, start, end, line, end, index)
        else:
            rec.ready_slot = len(steps) + 4
            steps += (tid, start, end, line, None, index)
        tracer.current = None
        tracer.current_rec = None
        clock.offset -= _perf() - w0
        try:
            value = yield yielded
            exc = None
        except GeneratorExit:
            raise
        except BaseException as thrown:
            value = None
            exc = thrown


def _exception_line(tracer, coro, exc):
    filename = tracer.filename
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    if line is None:
        code = getattr(coro, "cr_code", None)
        line = None if code is None else tracer.end_line(code)
    return line
