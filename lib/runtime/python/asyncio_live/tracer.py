"""What every task did: steps (running), waits (and on what), and how it ended.

A task's coroutine is wrapped in `TracedCoro`; the event loop's Task calls its `send`/`throw` once per
step, so one Python call per step is all tracing costs. What a step yields (and the chain of
`cr_await` frames under it) tells what the task now waits on.

Records are kept flat (steps and waits as runs of numbers, wait descriptions in a shared table) and
cross to TypeScript in that compact form; lib/runtime/trace.ts expands them into the documented shape.
"""

import collections.abc
import sys
import weakref
from asyncio import CancelledError, Task

from .clock import _perf
from .describe import GATHERING, KNOWN, coro_label, short_repr, sleep_info

_START = {"kind": "start", "label": "start"}
_YIELD = {"kind": "yield", "label": "sleep(0)"}
_FUTURE = {"kind": "future", "label": "future"}


class TaskRecord:
    __slots__ = (
        "id",
        "name",
        "coro",
        "label",
        "kind",
        "parent",
        "created",
        "created_line",
        "steps",
        "waits",
        "end",
        "outcome",
        "wait",
        "step_start",
        "sleeping",
    )

    def __init__(self, tid, name, coro, label, kind, parent, created, created_line):
        self.id = tid
        self.name = name
        self.coro = coro
        self.label = label
        self.kind = kind
        self.parent = parent
        self.created = created
        self.created_line = created_line
        # Flat runs: steps = [start, end, line, ...]; waits = [start, readyAt, end, awaitIndex, line, ...]
        self.steps = []
        self.waits = []
        self.end = None
        self.outcome = None
        # The open wait: [start, readyAt, awaiting, line]
        self.wait = None
        self.step_start = 0.0
        # Delay of an asyncio.sleep timer scheduled during the current step.
        self.sleeping = None


class Ids:
    """Maps asyncio objects to trace ids without keeping them alive (a task is found through its
    wrapped coroutine; thread futures through a weak map), so unretrieved exceptions still get
    reported when the task is garbage-collected, as in CPython."""

    def __init__(self, tracer):
        self.futures = weakref.WeakKeyDictionary()
        self.tracer = tracer

    def get(self, obj):
        if isinstance(obj, Task):
            rec = getattr(obj.get_coro(), "_rec", None)
            return None if rec is None else rec.id
        try:
            return self.futures.get(obj)
        except TypeError:
            return None

    def label_of(self, tid):
        return self.tracer.records[tid - 1].label


class Tracer:
    def __init__(self, state, enabled, filename):
        self.state = state
        self.enabled = enabled
        self.filename = filename
        self.records = []
        self.ids = Ids(self)
        self.current = None
        self.current_rec = None
        self.idle = []
        self.awaits = []
        self.await_index = {}
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
        rec = TaskRecord(
            len(self.records) + 1, name, coro_name, label, kind, self.current, created, line
        )
        self.records.append(rec)
        return rec

    def new_task(self, coro, name, kind="task"):
        rec = self.new_record(
            name,
            getattr(coro, "__qualname__", None) or type(coro).__name__,
            coro_label(coro) if kind != "main" else "<module>",
            kind,
            self.state.clock.now(),
            self.user_line(),
        )
        rec.wait = [rec.created, rec.created, _START, rec.created_line]
        return rec

    def add_wait(self, rec, start, ready, end, awaiting, line):
        rec.waits += (start, ready, end, self.index_of(awaiting), line)

    def index_of(self, awaiting):
        key = id(awaiting)
        index = self.await_index.get(key)
        if index is None:
            index = self.await_index[key] = len(self.awaits)
            self.awaits.append(awaiting)
        return index

    # ----- steps -----

    def ready(self, owner):
        """A callback of `owner` was scheduled: if it is a traced task that was waiting, it is ready."""
        if isinstance(owner, Task):
            rec = getattr(owner.get_coro(), "_rec", None)
            if rec is not None:
                wait = rec.wait
                if wait is not None and wait[1] is None:
                    wait[1] = self.state.clock.now()

    def sleep_scheduled(self, delay):
        rec = self.current_rec
        if rec is not None:
            rec.sleeping = delay

    def begin(self, rec):
        t = self.state.clock.now()
        wait = rec.wait
        if wait is not None:
            rec.wait = None
            if wait[2] is not _START:
                ready = wait[1]
                self.add_wait(rec, wait[0], t if ready is None else ready, t, wait[2], wait[3])
        rec.step_start = t
        rec.sleeping = None
        self.current = rec.id
        self.current_rec = rec

    def suspend(self, rec, yielded, coro):
        t = self.state.clock.now()
        line, awaiting = self.describe_wait(rec, yielded, coro)
        rec.steps += (rec.step_start, t, line)
        rec.wait = [t, t if yielded is None else None, awaiting, line]
        self.current = None
        self.current_rec = None

    def finish(self, rec, outcome, line):
        t = self.state.clock.now()
        rec.steps += (rec.step_start, t, line)
        rec.end = t
        rec.outcome = outcome
        self.current = None
        self.current_rec = None

    def describe_wait(self, rec, yielded, coro):
        filename = self.filename
        line = None
        awaiting = None
        obj = coro
        while obj is not None:
            frame = getattr(obj, "cr_frame", None)
            if frame is None:
                frame = getattr(obj, "gi_frame", None)
                if frame is None:
                    break
            code = frame.f_code
            if code.co_filename == filename:
                line = frame.f_lineno
            else:
                describe = KNOWN.get(code)
                if describe is not None:
                    awaiting = describe(frame, self.ids)
                    break
            nxt = getattr(obj, "cr_await", None)
            obj = nxt if nxt is not None else getattr(obj, "gi_yieldfrom", None)
        if awaiting is None or (awaiting["kind"] == "wait_for" and "task" not in awaiting):
            found = self.describe_future(yielded)
            if found is None and rec.sleeping is not None:
                found = sleep_info(rec.sleeping)
            awaiting = found or awaiting or _FUTURE
        return line, awaiting

    def describe_future(self, yielded):
        if yielded is None:
            return _YIELD
        tid = self.ids.get(yielded)
        if tid is not None:
            other = self.records[tid - 1]
            return {"kind": "thread" if other.kind == "thread" else "task", "task": tid, "label": other.label}
        if GATHERING and isinstance(yielded, GATHERING):
            children = getattr(yielded, "_children", ()) or ()
            tasks = [t for t in (self.ids.get(c) for c in children) if t is not None]
            return {"kind": "gather", "tasks": tasks, "label": f"gather({len(children)})"}
        return None

    def end_line(self, code):
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
        parts = []
        for rec in self.records:
            if rec.outcome is None and rec.wait is not None and rec.kind != "thread":
                parts.append(f"{rec.name} {rec.label} waits on {rec.wait[2]['label']}")
        return ", ".join(parts)

    def to_wire(self, end):
        """Compact form: see `TraceWire` in lib/runtime/trace.ts for the layout."""
        tasks = []
        for rec in self.records:
            waits = rec.waits
            w = rec.wait
            if rec.outcome is None and w is not None and w[2] is not _START:
                waits = waits + [w[0], w[1], None, self.index_of(w[2]), w[3]]
            tasks.append(
                [
                    rec.id,
                    rec.name,
                    rec.coro,
                    rec.label,
                    rec.kind,
                    rec.parent,
                    rec.created,
                    rec.created_line,
                    rec.steps,
                    waits,
                    rec.end,
                    rec.outcome,
                ]
            )
        idle = []
        for start, stop in self.idle:
            idle += (start, stop)
        return {"version": 1, "end": end, "awaits": self.awaits, "tasks": tasks, "idle": idle}


def outcome_of_exception(exc):
    if isinstance(exc, CancelledError):
        return {"kind": "cancelled"}
    return {"kind": "exception", "type": type(exc).__name__, "message": short_repr(str(exc))[:200]}


class TracedCoro(collections.abc.Coroutine):
    """Wraps a task's coroutine so each step is seen; looks like the coroutine to reprs."""

    __slots__ = ("_coro", "_rec", "_tracer")

    def __init__(self, coro, rec, tracer):
        self._coro = coro
        self._rec = rec
        self._tracer = tracer

    def send(self, value):
        return self._step(self._coro.send, value)

    def throw(self, typ, val=None, tb=None):
        if val is None and tb is None:
            return self._step(self._coro.throw, typ)
        return self._step(lambda _: self._coro.throw(typ, val, tb), None)

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self._coro.__await__()

    def __getattr__(self, name):
        return getattr(self._coro, name)

    def _step(self, fn, arg):
        tracer = self._tracer
        rec = self._rec
        w0 = _perf()
        tracer.begin(rec)
        clock = tracer.state.clock
        clock.offset -= _perf() - w0
        try:
            yielded = fn(arg)
        except StopIteration as stop:
            tracer.finish(
                rec, {"kind": "result", "repr": short_repr(stop.value)}, tracer.end_line(self._coro.cr_code)
            )
            raise
        except BaseException as exc:
            tracer.finish(rec, outcome_of_exception(exc), self._exception_line(exc))
            raise
        w0 = _perf()
        tracer.suspend(rec, yielded, self._coro)
        clock.offset -= _perf() - w0
        return yielded

    def _exception_line(self, exc):
        filename = self._tracer.filename
        line = None
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == filename:
                line = tb.tb_lineno
            tb = tb.tb_next
        if line is None:
            code = getattr(self._coro, "cr_code", None)
            line = None if code is None else self._tracer.end_line(code)
        return line
