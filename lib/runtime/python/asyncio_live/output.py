"""Captured stdout/stderr: every write becomes a part tagged with the virtual time and the task."""

from .clock import meter
from .limits import OutputLimit


class Output:
    def __init__(self, state, emit, max_bytes, max_lines):
        self.state = state
        self.emit = emit
        self.max_bytes = max_bytes
        self.max_lines = max_lines
        self.bytes = 0
        self.lines = 0
        # Each part: [stream, text, t, task, emitted]
        self.parts = []
        self.full = False

    def write(self, stream, text):
        state = self.state
        if self.full:
            raise OutputLimit(state.output_limit_message)
        size = len(text)
        lines = text.count("\n")
        if (
            self.bytes + size > self.max_bytes
            or self.lines + lines > self.max_lines
            or (self.lines + lines == self.max_lines and not text.endswith("\n"))
        ):
            self._overflow(stream, text)
        self.bytes += size
        self.lines += lines
        t = state.clock.now()
        task = state.tracer.current
        if state.thread_prints is not None:
            # A worker thread runs ahead of the loop; its output is released at its own time.
            state.thread_prints.append((stream, text, t, task))
            return
        self.add(stream, text, t, task)

    def add(self, stream, text, t, task):
        parts = self.parts
        if parts:
            last = parts[-1]
            if not last[4] and last[0] == stream and last[3] == task and not last[1].endswith("\n"):
                last[1] += text
                if text.endswith("\n"):
                    self._emit(last)
                return
            if not last[4]:
                self._emit(last)
        part = [stream, text, t, task, False]
        parts.append(part)
        if text.endswith("\n"):
            self._emit(part)

    def _emit(self, part):
        part[4] = True
        if self.emit is not None:
            # Handing a line to the page is the engine's work, not the program's: off the clock
            # (in WebKit it made a print-heavy step long enough to be charged).
            w0 = meter()
            try:
                self.emit(part[0], part[1], int(part[2] * 1e6), part[3])
            except Exception:
                # A failing listener must not turn into an exception inside the user's print();
                # the result still carries every part.
                self.emit = None
            finally:
                self.state.clock.discount(meter() - w0)

    def _overflow(self, stream, text):
        room_bytes = max(0, self.max_bytes - self.bytes)
        room_lines = max(0, self.max_lines - self.lines)
        kept = text[:room_bytes]
        if self.lines + kept.count("\n") >= self.max_lines:
            # Keep whole lines only, up to the cap.
            cut = 0
            for _ in range(room_lines):
                cut = kept.index("\n", cut) + 1
            kept = kept[:cut]
        if kept:
            self.add(stream, kept, self.state.clock.now(), self.state.tracer.current)
        message = (
            f"output limit: the program printed more than {self.max_lines} lines "
            f"or {self.max_bytes} characters, so it was stopped"
        )
        self.state.output_limit_message = message
        self.full = True
        self.state.set_limit(OutputLimit(message))
        self.add("stderr", f"\n[output truncated: {message}]\n", self.state.clock.now(), None)
        raise OutputLimit(message)

    def finish(self):
        for part in self.parts:
            if not part[4]:
                self._emit(part)

    def result(self):
        return [[p[0], p[1], int(p[2] * 1e6), p[3]] for p in self.parts]

    def text(self, stream):
        return "".join(p[1] for p in self.parts if p[0] == stream)


class StreamWriter:
    """Stands in for sys.stdout / sys.stderr during a run."""

    def __init__(self, output, stream):
        self._output = output
        self._stream = stream

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if text:
            self._output.write(self._stream, text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return True

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "strict"

    @property
    def closed(self):
        return False

    def fileno(self):
        raise OSError("the captured output has no file descriptor")
