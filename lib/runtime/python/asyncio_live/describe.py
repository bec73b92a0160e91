"""Short, reader-facing descriptions: call labels like `fetch_data(2)` and what an await waits on."""

import asyncio
import asyncio.locks as _locks
import asyncio.queues as _queues
import asyncio.taskgroups as _taskgroups
import asyncio.tasks as _tasks
import functools
import inspect
import types
import reprlib

_repr = reprlib.Repr()
_repr.maxstring = 24
_repr.maxother = 24
_repr.maxlist = 4
_repr.maxtuple = 4
_repr.maxdict = 3
_repr.maxset = 4
_repr.maxlevel = 2

LABEL_MAX = 48


_PLAIN = (int, float, bool, type(None))


def short_repr(value):
    kind = type(value)
    if kind in _PLAIN:
        text = repr(value)
        if len(text) <= LABEL_MAX:
            return text
    elif kind is str and len(value) <= _repr.maxstring:
        return repr(value)
    elif isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, type)):
        return getattr(value, "__qualname__", None) or getattr(value, "__name__", "?")
    try:
        text = _repr.repr(value)
    except Exception:
        text = f"<{type(value).__name__}>"
    if text.startswith("<") and len(text) > 20:
        # `<Queue at 0x... maxsize=0>` says little on a timeline lane; the type name says enough.
        text = f"<{type(value).__name__}>"
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 3] + "..."


def _clip(text):
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 3] + "...)"


def call_label(name, args=(), kwargs=None):
    parts = [short_repr(a) for a in args]
    if kwargs:
        parts += [f"{k}={short_repr(v)}" for k, v in kwargs.items()]
    return _clip(f"{name}({', '.join(parts)})")


_ARGNAMES = {}


def _argnames(code):
    """(argument names to show, name of *args or None), cached per code object."""
    names = _ARGNAMES.get(code)
    if names is None:
        positional = code.co_argcount
        kwonly = code.co_varnames[positional : positional + code.co_kwonlyargcount]
        star = None
        count = positional + code.co_kwonlyargcount
        if code.co_flags & inspect.CO_VARARGS:
            star = code.co_varnames[count]
        shown = tuple(n for n in code.co_varnames[:positional] if n not in ("self", "cls"))
        if star:
            shown += (star,)
        names = _ARGNAMES[code] = (shown, star, kwonly)
    return names


_BIG = 10**40
_PLAIN = (int, float, str, bool)


def coro_label(coro):
    """`fetch_data(2)` for a coroutine that has not started: its arguments are its frame's locals.
    Runs once per task: small ints and short strings are repr'd inline."""
    name = coro.__name__
    frame = coro.cr_frame
    if frame is None:
        return f"{name}()"
    code = coro.cr_code
    names = _ARGNAMES.get(code) or _argnames(code)
    shown, star, kwonly = names
    if not shown and not kwonly:
        return f"{name}()"
    try:
        local_vars = frame.f_locals
        parts = []
        for n in shown:
            value = local_vars[n]
            kind = type(value)
            if kind is int and -_BIG < value < _BIG:
                parts.append(repr(value))
            elif kind is str and len(value) <= _repr.maxstring:
                parts.append(repr(value))
            elif n == star:
                parts.extend(short_repr(a) for a in value)
            else:
                parts.append(short_repr(value))
        # Keyword-only arguments are named, and only plain values are shown: a coroutine does not
        # carry its function's defaults, so `timeout=<sentinel object>` or `headers=None` left at
        # their defaults would crowd the label (`get('https://...', None, None, <cl...)`).
        for n in kwonly:
            value = local_vars[n]
            if type(value) in _PLAIN:
                parts.append(f"{n}={short_repr(value)}")
    except Exception:
        return f"{name}(...)"
    label = f"{name}({', '.join(parts)})"
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 3] + "...)"


def func_label(func, args):
    """Label for a function handed to a worker thread; unwraps to_thread's `partial(ctx.run, f, ...)`."""
    kwargs = {}
    while isinstance(func, functools.partial):
        inner_args = func.args
        kwargs = {**func.keywords, **kwargs}
        if getattr(func.func, "__name__", "") == "run" and inner_args:
            func, args = inner_args[0], tuple(inner_args[1:]) + tuple(args)
        else:
            func, args = func.func, tuple(inner_args) + tuple(args)
    name = getattr(func, "__name__", None) or type(func).__name__
    return name, call_label(name, args, kwargs)


def _code(fn):
    return fn.__code__


def _local(frame, name, default=None):
    try:
        return frame.f_locals.get(name, default)
    except Exception:
        return default


_YIELD = {"kind": "yield", "label": "sleep(0)"}


_SLEEPS = {}


def sleep_info(delay):
    """One shared description per delay, so the trace's table of waits stays small."""
    info = _SLEEPS.get(delay)
    if info is None:
        if len(_SLEEPS) > 1000:
            _SLEEPS.clear()
        info = _SLEEPS[delay] = {
            "kind": "sleep",
            "seconds": float(delay),
            "label": f"sleep({float(delay):g})",
        }
    return info


def _sleep(frame, ids):
    delay = _local(frame, "delay", 0)
    if not delay or delay <= 0:
        return _YIELD
    return sleep_info(delay)


def _wait_for(frame, ids):
    timeout = _local(frame, "timeout")
    fut = _local(frame, "fut")
    info = {"kind": "wait_for", "timeout": None if timeout is None else float(timeout)}
    target = ids.get(fut) if fut is not None else None
    if target is not None:
        inner = ids.label_of(target)
    elif asyncio.iscoroutine(fut):
        inner = coro_label(fut)
    else:
        inner = "..."
    if target is not None:
        info["task"] = target
    info["label"] = f"wait_for({inner}, {timeout!r})"
    return info


def _wait(frame, ids):
    fs = _local(frame, "fs") or ()
    tasks = [ids.get(f) for f in fs]
    # `fs` is a set: its order follows object addresses, so the same run could list them
    # differently each time. In creation order, a run's trace is the same on every run.
    tasks = sorted(t for t in tasks if t is not None)
    return {"kind": "wait", "tasks": tasks, "label": f"wait({len(fs)})"}


def _taskgroup(frame, ids):
    group = _local(frame, "self")
    members = getattr(group, "_tasks", ()) or ()
    # A set too (see _wait).
    tasks = sorted(t for t in (ids.get(m) for m in members) if t is not None)
    return {"kind": "taskgroup", "tasks": tasks, "label": f"TaskGroup({len(tasks)})"}


def _simple(kind, label):
    info = {"kind": kind, "label": label}
    return lambda frame, ids: info


KNOWN = {
    _code(_tasks.sleep): _sleep,
    _code(_tasks.wait_for): _wait_for,
    _code(_tasks.wait): _wait,
    _code(_queues.Queue.get): _simple("queue.get", "Queue.get"),
    _code(_queues.Queue.put): _simple("queue.put", "Queue.put"),
    _code(_queues.Queue.join): _simple("queue.join", "Queue.join"),
    _code(_locks.Lock.acquire): _simple("lock", "Lock.acquire"),
    _code(_locks.Event.wait): _simple("event.wait", "Event.wait"),
    _code(_locks.Semaphore.acquire): _simple("semaphore", "Semaphore.acquire"),
    _code(_locks.Condition.wait): _simple("condition", "Condition.wait"),
    _code(_locks.Condition.wait_for): _simple("condition", "Condition.wait_for"),
    _code(_locks.Barrier.wait): _simple("barrier", "Barrier.wait"),
    _code(_taskgroups.TaskGroup.__aexit__): _taskgroup,
}
if hasattr(_taskgroups.TaskGroup, "_aexit"):
    KNOWN[_code(_taskgroups.TaskGroup._aexit)] = _taskgroup
for _name in ("_wait_for_one",):
    _fn = getattr(_tasks, _name, None)
    if _fn is not None and hasattr(_fn, "__code__"):
        KNOWN[_fn.__code__] = _simple("as_completed", "as_completed")
_acls = getattr(_tasks, "_AsCompletedIterator", None)
if _acls is not None:
    for _meth in ("_wait_for_one",):
        _fn = getattr(_acls, _meth, None)
        if _fn is not None and hasattr(_fn, "__code__"):
            KNOWN[_fn.__code__] = _simple("as_completed", "as_completed")

GATHERING = getattr(_tasks, "_GatheringFuture", ())
FUTURE_TYPES = (asyncio.Future,)

# Waits described by modules the course ships beside the engine (simweb's requests): registered by
# name, so a module imported afresh for each run replaces its old code object instead of adding one.
_REGISTERED = {}


def register_wait(name, code, describe):
    """While a task waits inside a coroutine running `code`, `describe(frame, ids)` names the wait."""
    old = _REGISTERED.pop(name, None)
    if old is not None:
        KNOWN.pop(old, None)
    _REGISTERED[name] = code
    KNOWN[code] = describe
