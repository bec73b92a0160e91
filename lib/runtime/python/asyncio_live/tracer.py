"""What every task did: steps (running), waits (and on what), and how it ended.

A task's coroutine is wrapped in `TracedCoro`; the event loop's Task calls its `send`/`throw` once per
step, so one Python call per step is all tracing costs. What a step yields (and the chain of
`cr_await` frames under it) tells what the task now waits on.

Records are kept flat (steps and waits as runs of numbers, wait descriptions in a shared table, times
in integer microseconds, which JSON-encode far faster than floats) and cross to TypeScript in that
compact form; lib/runtime/trace.ts expands them into the documented shape.
"""

import collections.abc
import sys
import weakref
from asyncio import CancelledError, Task
from asyncio.tasks import sleep as _sleep

from .clock import _perf
from .describe import GATHERING, KNOWN, coro_label, short_repr, sleep_info

_SLEEP_CODE = _sleep.__code__
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
        # Flat runs for all tasks, in time order of recording:
        # steps = [task, start, end, line, ...]; waits = [task, start, readyAt, end, await, line, ...]
        self.steps = []
        self.waits = []
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
        records = self.records
        rec = TaskRecord(
            len(records) + 1,
            name,
            coro.__qualname__,
            coro_label(coro) if kind != "main" else "<module>",
            kind,
            self.current,
            self.state.clock.now(),
            self.user_line(sys._getframe(1)),
        )
        records.append(rec)
        rec.wait = [None, None, _START, None]
        return rec

    def index_of(self, awaiting):
        key = id(awaiting)
        index = self.await_index.get(key)
        if index is None:
            index = self.await_index[key] = len(self.awaits)
            self.awaits.append(awaiting)
        return index

    # ----- steps -----

    def sleep_scheduled(self, delay):
        rec = self.current_rec
        if rec is not None:
            rec.sleeping = delay

    def finish(self, rec, outcome, line, t):
        self.steps += (rec.id, rec.step_start, int(t * 1e6), line)
        rec.end = t
        rec.outcome = outcome
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
            other = self.records[tid - 1]
            return {"kind": "thread" if other.kind == "thread" else "task", "task": tid, "label": other.label}
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
        parts = []
        for rec in self.records:
            if rec.outcome is None and rec.wait is not None and rec.kind != "thread":
                parts.append(f"{rec.name} {rec.label} waits on {rec.wait[2]['label']}")
        return ", ".join(parts)

    def to_wire(self, end):
        """Compact, columnar form: see `TraceWireSchema` in lib/runtime/trace.ts for the layout."""
        records = self.records
        waits = self.waits
        for rec in records:
            w = rec.wait
            if rec.outcome is None and w is not None and w[2] is not _START:
                waits += (rec.id, w[0], w[1], None, self.index_of(w[2]), w[3])
        pending = ("pending", None, None)
        outcomes = [rec.outcome or pending for rec in records]
        idle = []
        for start, stop in self.idle:
            idle += (_us(start), _us(stop))
        return {
            "version": 1,
            "end": _us(end),
            "awaits": self.awaits,
            "tasks": {
                "name": [r.name for r in records],
                "coro": [r.coro for r in records],
                "label": [r.label for r in records],
                "kind": [r.kind for r in records],
                "parent": [r.parent for r in records],
                "created": [_us(r.created) for r in records],
                "createdLine": [r.created_line for r in records],
                "end": [None if r.end is None else _us(r.end) for r in records],
                "outcome": [o[0] for o in outcomes],
                "outcomeA": [o[1] for o in outcomes],
                "outcomeB": [o[2] for o in outcomes],
            },
            "steps": self.steps,
            "waits": waits,
            "idle": idle,
        }


def _us(seconds):
    return int(seconds * 1e6)


def outcome_of_exception(exc):
    """Outcomes are (kind, repr-or-type, message) triples."""
    if isinstance(exc, CancelledError):
        return ("cancelled", None, None)
    return ("exception", type(exc).__name__, str(exc)[:200])


class TracedCoro(collections.abc.Coroutine):
    """Wraps a task's coroutine so each step is seen; looks like the coroutine to reprs."""

    __slots__ = ("_coro", "_rec", "_tracer")

    def __init__(self, coro, rec, tracer):
        self._coro = coro
        self._rec = rec
        self._tracer = tracer

    def send(self, value):
        return self._step(value, None)

    def throw(self, typ, val=None, tb=None):
        # asyncio only uses throw(exc); the old three-argument form is turned into that.
        if val is None:
            val = typ() if isinstance(typ, type) else typ
        if tb is not None:
            val = val.with_traceback(tb)
        return self._step(None, val)

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self._coro.__await__()

    def __getattr__(self, name):
        return getattr(self._coro, name)

    def _step(self, value, exc):
        # begin/suspend are inlined: this runs once per task step. Our bookkeeping time is taken
        # off the virtual clock (w0..w1), so tracing does not make the program look slower.
        tracer = self._tracer
        rec = self._rec
        clock = tracer.state.clock
        w0 = _perf()
        t = clock.offset + (w0 - clock.anchor)
        t_us = int(t * 1e6)
        wait = rec.wait
        if wait is not None:
            rec.wait = None
            if wait[2] is not _START:
                ready = wait[1]
                tracer.waits += (
                    rec.id,
                    wait[0],
                    t_us if ready is None else ready,
                    t_us,
                    tracer.index_of(wait[2]),
                    wait[3],
                )
        rec.step_start = t_us
        rec.sleeping = None
        tracer.current = rec.id
        tracer.current_rec = rec
        clock.offset -= _perf() - w0
        try:
            yielded = self._coro.send(value) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            tracer.finish(
                rec,
                ("result", short_repr(stop.value), None),
                tracer.end_line(self._coro.cr_code),
                clock.now(),
            )
            raise
        except BaseException as exc:
            tracer.finish(rec, outcome_of_exception(exc), self._exception_line(exc), clock.now())
            raise
        w0 = _perf()
        t_us = int((clock.offset + (w0 - clock.anchor)) * 1e6)
        line, awaiting = tracer.describe_wait(rec, yielded, self._coro)
        tracer.steps += (rec.id, rec.step_start, t_us, line)
        rec.wait = [t_us, t_us if yielded is None else None, awaiting, line]
        tracer.current = None
        tracer.current_rec = None
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
