"""What every task did: steps (running), waits (and on what), and how it ended.

The loop reports each step of a traced task (`VirtualLoop._run_once` times the handle that runs it
and calls `Tracer.step_done`); what the task's `_fut_waiter` and the chain of `cr_await` frames
under its coroutine say after the step tells what it now waits on. Tasks carry their trace id as an
attribute (`TID`), so nothing wraps the user's coroutine: reprs, `get_coro()` and tracebacks are
CPython's own, and a step costs no extra Python frame.

Records are kept flat (task fields as columns; one run of numbers per step, with the wait that
follows it; wait descriptions in a shared table; times in integer microseconds, which JSON-encode
far faster than floats) and cross to TypeScript in that compact form; lib/runtime/trace.ts expands
them into the documented shape.
"""

import sys
import types
import weakref
from asyncio import CancelledError, Task
from asyncio.tasks import sleep as _sleep

from .describe import GATHERING, KNOWN, coro_label, short_repr, sleep_info
from .loop_trace import LoopTrace

# The attribute holding a traced task's id (asyncio.Task accepts attributes).
TID = "_asyncio_live_tid"

_SLEEP_CODE = _sleep.__code__
_CoroutineType = types.CoroutineType
_YIELD = {"kind": "yield", "label": "sleep(0)"}
_FUTURE = {"kind": "future", "label": "future"}


class Ids:
    """Maps asyncio objects to trace ids without keeping them alive (a task carries its id; thread
    futures are found through a weak map), so unretrieved exceptions still get reported when the
    task is garbage-collected, as in CPython."""

    def __init__(self, tracer):
        self.futures = weakref.WeakKeyDictionary()
        self.tracer = tracer

    def get(self, obj):
        if isinstance(obj, Task):
            return getattr(obj, TID, None)
        try:
            return self.futures.get(obj)
        except TypeError:
            return None

    def label_of(self, tid):
        return self.tracer.records[tid - 1][2]


class Tracer:
    def __init__(self, state, enabled, filename, loop_trace=True):
        self.state = state
        self.enabled = enabled
        # What the event loop did per iteration (loop_trace.py), or None when not recorded.
        self.loop = LoopTrace(self) if enabled and loop_trace else None
        self.filename = filename
        # One row per task (id = index + 1), appended once:
        # (name, coro, label, kind, parent, created µs, created line). Columns for the wire.
        self.records = []
        # How tasks ended, by id: (end µs, kind, a, b); a task not in it is pending.
        self.endings = {}
        self.ids = Ids(self)
        # Trace id of the task (or thread) whose step is running.
        self.current = None
        # Delay of the asyncio.sleep timer scheduled during the current step (the loop's call_later
        # notes it, so describing the wait needs no frame locals).
        self.sleeping = None
        self.idle = []
        self.awaits = []
        self.await_index = {}
        self._last_await = self._last_index = None
        # One flat run for all tasks, in time order: [task, start, end, line, readyAt, await, ...].
        # (readyAt, await) describe the wait that follows the step (await None: the task ended in
        # it); the wait starts at the step's end, on its line, and ends when the task's next step
        # starts. Never rebound: the loop keeps a reference.
        self.steps = []
        # Per task: where its latest step starts in `steps` (-1 before the first). The loop's
        # call_soon fills in that step's readyAt when it wakes the task.
        self.last_step = []
        self._end_lines = {}
        # Blocking calls (`time.sleep`): [task, start µs, end µs, line, label] each; task None for
        # code outside any task. The thread was held without computing, and nothing else ran.
        self.blocked = []
        # Spans in which code outside any event loop ran: [start µs, end µs, line, label] each;
        # line and label say where it then started a loop and what it waits for there
        # ("asyncio.run(main())"), both None for the span that ends the program.
        self.toplevel = []
        self._toplevel_from = 0
        self._loops_running = 0
        self._ended = False

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
        self.records.append(
            (name, coro_name, label, kind, self.current, int(created * 1e6), line)
        )
        self.last_step.append(-1)
        return len(self.records)

    def new_task(self, coro, name, kind, frame, created):
        """Adds a task; returns its trace id. `frame` is the task factory's caller; `created` in
        seconds."""
        return self.new_record(
            name,
            coro.__qualname__,
            coro_label(coro) if kind != "main" else "<module>",
            kind,
            created,
            self.user_line(frame),
        )

    def cancelled_by_stop(self, task):
        """Stop cancelled `task` (the main task of asyncio.run): if it ended cancelled, its outcome
        says so ("cancelled", "stop")."""
        tid = getattr(task, TID, 0) if task is not None else 0
        ending = self.endings.get(tid)
        if ending is not None and ending[1] == "cancelled":
            self.endings[tid] = (ending[0], "cancelled", "stop", None)

    def set_outcome(self, tid, end, outcome):
        """`end` in seconds; `outcome` a (kind, a, b) triple."""
        self.endings[tid] = (int(end * 1e6), *outcome)

    # ----- steps -----

    def step_done(self, task, tid, start, end):
        """Records a step of `task` that ran from `start` to `end` (integer microseconds) and the
        wait it ended in, or how the task ended."""
        steps = self.steps
        i = tid - 1
        waiter = task._fut_waiter
        if waiter is not None:
            # The common case: suspended on a future (only a pending task has one).
            line, awaiting = self.describe_wait(waiter, task.get_coro())
            if awaiting is self._last_await:
                index = self._last_index
            else:
                index = self._await_index(awaiting)
            self.last_step[i] = len(steps)
            steps += (tid, start, end, line, None, index)
            return
        if task.done():
            if task.cancelled():
                outcome = ("cancelled", None, None)
                # Cancelled where it last waited (its frames are gone).
                last = self.last_step[i]
                line = steps[last + 3] if last >= 0 else None
            else:
                exc = task._exception  # read without marking it retrieved, unlike .exception()
                if exc is None:
                    outcome = ("result", short_repr(task._result), None)
                    line = self.end_line(task.get_coro().cr_code)
                else:
                    outcome = outcome_of_exception(exc)
                    line = _exception_line(self, task, exc)
            self.last_step[i] = len(steps)
            steps += (tid, start, end, line, None, None)
            self.endings[tid] = (end, *outcome)
            return
        # A bare yield (sleep(0)) leaves no waiter: the task is ready again at once.
        line, awaiting = self.describe_wait(None, task.get_coro())
        index = self._await_index(awaiting)
        self.last_step[i] = len(steps)
        steps += (tid, start, end, line, end, index)

    def _await_index(self, awaiting):
        """Index of a wait description in the shared table (descriptions are shared objects, so
        identity finds repeats; the last one is remembered, as runs of equal waits are common)."""
        key = id(awaiting)
        index = self.await_index.get(key)
        if index is None:
            index = self.await_index[key] = len(self.awaits)
            self.awaits.append(awaiting)
        self._last_await = awaiting
        self._last_index = index
        return index

    def describe_wait(self, yielded, coro):
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
                        awaiting = _YIELD if self.sleeping is None else sleep_info(self.sleeping)
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
                    awaiting = _YIELD if self.sleeping is None else sleep_info(self.sleeping)
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
                awaiting = _FUTURE if self.sleeping is None else sleep_info(self.sleeping)
        return line, awaiting

    def describe_future(self, yielded):
        if yielded is None:
            return _YIELD
        tid = self.ids.get(yielded)
        if tid is not None:
            record = self.records[tid - 1]
            kind = "thread" if record[3] == "thread" else "task"
            return {"kind": kind, "task": tid, "label": record[2]}
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

    # ----- outside tasks: top-level code and blocking calls -----

    def blocked_for(self, start, end, line, seconds, label=None):
        """A `time.sleep(seconds)` (or another blocking wait, named by `label`) from `start` to `end`
        (seconds) by whatever runs now."""
        task = self.current
        if task is None and self._loops_running:
            # A plain loop callback, not a task's step nor the top level: no lane to draw it on.
            return
        label = label or f"time.sleep({float(seconds):g})"
        self.blocked.append([task, _us(start), _us(end), line, label])

    def loop_started(self, now):
        """An event loop starts running (asyncio.run): the top level now waits for it."""
        self._loops_running += 1
        if self._loops_running == 1 and self._toplevel_from is not None and not self._ended:
            what = self.records[-1][2] if self.records else "..."
            label = f"asyncio.run({what})" if _in_runner() else f"run_until_complete({what})"
            self.toplevel.append([self._toplevel_from, _us(now), self.user_line(), label])
            self._toplevel_from = None

    def loop_stopped(self, now):
        self._loops_running -= 1
        # asyncio.run goes on after its main task: it runs the loop twice more to shut down, then
        # closes it (`loop_closed`). The top level is still waiting until then.
        if self._loops_running == 0 and not _in_runner():
            self.loop_closed(now)

    def loop_closed(self, now):
        if self._loops_running == 0 and self._toplevel_from is None and not self._ended:
            self._toplevel_from = _us(now)

    def program_ended(self, now):
        """The program's code is done; the engine's cleanup that follows is not drawn."""
        if self._toplevel_from is not None and not self._ended:
            self.toplevel.append([self._toplevel_from, _us(now), None, None])
        self._toplevel_from = None
        self._ended = True

    # ----- result -----

    def pending_description(self):
        steps = self.steps
        waiting = {steps[i]: steps[i + 5] for i in range(0, len(steps), 6)}
        parts = []
        for tid, (name, _, label, kind, *_) in enumerate(self.records, 1):
            index = waiting.get(tid)
            if tid not in self.endings and index is not None and kind != "thread":
                parts.append(f"{name} {label} waits on {self.awaits[index]['label']}")
        return ", ".join(parts)

    def to_wire(self, end):
        """Compact, columnar form: see `TraceWireSchema` in lib/runtime/trace.ts for the layout."""
        idle = []
        for start, stop in self.idle:
            idle += (_us(start), _us(stop))
        count = len(self.records)
        names, coros, labels, kinds, parents, created, lines = (
            map(list, zip(*self.records)) if count else ([] for _ in range(7))
        )
        ends = [None] * count
        outcomes = ["pending"] * count
        outcome_a = [None] * count
        outcome_b = [None] * count
        for tid, (ended, kind, a, b) in self.endings.items():
            i = tid - 1
            ends[i] = ended
            outcomes[i] = kind
            outcome_a[i] = a
            outcome_b[i] = b
        return {
            "version": 1,
            "end": _us(end),
            "awaits": self.awaits,
            "tasks": {
                "name": names,
                "coro": coros,
                "label": labels,
                "kind": kinds,
                "parent": parents,
                "created": created,
                "createdLine": lines,
                "end": ends,
                "outcome": outcomes,
                "outcomeA": outcome_a,
                "outcomeB": outcome_b,
            },
            "steps": self.steps,
            "idle": idle,
            "blocked": self.blocked,
            "toplevel": self.toplevel,
            "loop": self.loop.to_wire() if self.loop is not None else None,
        }

    def release(self):
        """Drops the trace at once: the run's objects form cycles that the collector would
        otherwise free later, in some other run's time."""
        self.__dict__.clear()


def _us(seconds):
    return int(seconds * 1e6)


def _in_runner():
    """Is an asyncio.Runner (asyncio.run) on the stack?"""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.endswith("asyncio/runners.py"):
            return True
        frame = frame.f_back
    return False


def outcome_of_exception(exc):
    """Outcomes are (kind, repr-or-type, message) triples."""
    if isinstance(exc, CancelledError):
        return ("cancelled", None, None)
    return ("exception", type(exc).__name__, str(exc)[:200])


def _exception_line(tracer, task, exc):
    filename = tracer.filename
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    if line is None:
        code = getattr(task.get_coro(), "cr_code", None)
        line = None if code is None else tracer.end_line(code)
    return line
