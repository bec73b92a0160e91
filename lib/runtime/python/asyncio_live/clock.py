"""The virtual clock and the `time` functions that read it during a run.

Time spent running Python code counts as itself (wall time keeps flowing into the clock), while time
spent waiting for a timer costs nothing: the loop adds the timeout instead of sleeping.
"""

import time as _time

_perf = _time.perf_counter


class Clock:
    __slots__ = ("offset", "anchor", "frozen")

    def __init__(self, start=0.0):
        self.offset = start
        self.anchor = _perf()
        self.frozen = False

    def now(self):
        if self.frozen:
            return self.offset
        return self.offset + (_perf() - self.anchor)

    def at(self, wall):
        """The clock's reading at `wall` (a `perf_counter` value taken now)."""
        if self.frozen:
            return self.offset
        return self.offset + (wall - self.anchor)

    def advance(self, seconds):
        self.offset += seconds

    def discount(self, wall_seconds):
        """Remove time that was our own bookkeeping, not the program's."""
        self.offset -= wall_seconds

    def freeze(self):
        self.offset = self.now()
        self.frozen = True

    def unfreeze(self):
        self.anchor = _perf()
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
    mono = ORIGINALS["monotonic"]()

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
        "monotonic": lambda: mono + now(),
        "monotonic_ns": lambda: int((mono + now()) * 1e9),
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
