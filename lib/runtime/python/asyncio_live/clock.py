"""The virtual clock and the `time` functions that read it during a run.

Waiting for a timer costs nothing: the loop adds the timeout instead of sleeping. Computing costs
what a span of it takes beyond a free allowance (see FREE_COMPUTE): the clock runs in spans, one per
loop step (and one for top-level code), each ended by `settle`.
"""

import time as _time

_perf = _time.perf_counter

# Each span of computing costs only what it takes beyond this allowance. Short spans are the glue
# between awaits: ~0.1 ms each here, but a thread the OS sets aside, a lazy WebAssembly compile or a
# garbage collection can stretch one to 50-200 ms of wall time on a busy machine, which moved
# printed times (6.0 s printed as 6.1). Charging only the excess keeps such a stall off the clock
# unless it is long, and even then only its tail (a step rule, nothing below 50 ms and all of it
# above, charged a 60 ms stall in full). Deliberate CPU work takes 0.2 s and more in WebAssembly
# (summing a million squares: ~0.2 s; native CPython is several times faster, so the allowance
# brings the clock nearer to what CPython would show) and stays on the clock, so a loop that
# computes still freezes the loop's timers.
FREE_COMPUTE = 0.1


def charged(spent):
    """What `spent` seconds of computing in one span cost on the virtual clock."""
    return spent - FREE_COMPUTE if spent > FREE_COMPUTE else 0.0


# What measures computing: wall time by default (all a browser offers), the process' CPU time where
# the host has one (Node: `use_meter`), which other processes cannot stretch.
_meter = _perf


def use_meter(meter):
    """Measure computing with `meter()` (seconds, monotonic) instead of wall time."""
    global _meter
    _meter = meter


def meter():
    return _meter()


class Clock:
    """`offset` is the virtual time when the current span began, `anchor` the meter then."""

    __slots__ = ("offset", "anchor", "frozen")

    def __init__(self, start=0.0):
        self.offset = start
        self.anchor = _meter()
        self.frozen = False

    def now(self):
        return self.at(_meter())

    def at(self, reading):
        """The clock's reading when the meter read `reading` (taken during the current span)."""
        if self.frozen:
            return self.offset
        return self.offset + charged(reading - self.anchor)

    def settle(self):
        """End the current span (charging it if it was long) and begin the next."""
        reading = _meter()
        if not self.frozen:
            self.offset += charged(reading - self.anchor)
        self.anchor = reading

    def restart(self):
        """Begin a new span, dropping the current one: what ran in it was the engine's work."""
        self.anchor = _meter()

    def advance(self, seconds):
        self.settle()
        self.offset += seconds

    def discount(self, seconds):
        """Remove time that was our own bookkeeping, not the program's."""
        self.anchor += seconds

    def freeze(self):
        self.settle()
        self.frozen = True

    def unfreeze(self):
        self.anchor = _meter()
        self.frozen = False


ORIGINALS = {
    name: getattr(_time, name)
    for name in (
        "time",
        "time_ns",
        "monotonic",
        "monotonic_ns",
        "perf_counter",
        "perf_counter_ns",
        "sleep",
        "localtime",
        "gmtime",
        "ctime",
        "asctime",
        "strftime",
    )
}


def install_time_patches(state):
    """Point the time module at the run's clock; returns nothing, `restore_time` undoes it."""
    epoch = ORIGINALS["time"]()

    def now():
        return state.clock.now()

    def vtime():
        return epoch + now()

    def vsleep(seconds):
        seconds = float(seconds)
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        state.blocking_sleep(seconds)

    def localtime(secs=None):
        return ORIGINALS["localtime"](vtime() if secs is None else secs)

    def gmtime(secs=None):
        return ORIGINALS["gmtime"](vtime() if secs is None else secs)

    def ctime(secs=None):
        return ORIGINALS["ctime"](vtime() if secs is None else secs)

    def asctime(t=None):
        return ORIGINALS["asctime"](localtime() if t is None else t)

    def strftime(fmt, t=None):
        return ORIGINALS["strftime"](fmt, localtime() if t is None else t)

    patched = {
        "time": vtime,
        "time_ns": lambda: int(vtime() * 1e9),
        # The loop's clock *is* time.monotonic() in CPython (loop.time() returns it), and programs
        # mix them: `asyncio.timeout_at(time.monotonic() + 1)`. Its origin is unspecified, so the
        # run's start (0.0) is as valid as the machine's boot.
        "monotonic": lambda: now(),
        "monotonic_ns": lambda: int(now() * 1e9),
        "perf_counter": lambda: now(),
        "perf_counter_ns": lambda: int(now() * 1e9),
        "sleep": vsleep,
        "localtime": localtime,
        "gmtime": gmtime,
        "ctime": ctime,
        "asctime": asctime,
        "strftime": strftime,
    }
    for name, fn in patched.items():
        # Named like the originals, so labels and reprs read `sleep(1)`, not an internal name.
        fn.__name__ = fn.__qualname__ = name
        fn.__module__ = "time"
        setattr(_time, name, fn)


def restore_time():
    for name, fn in ORIGINALS.items():
        setattr(_time, name, fn)
