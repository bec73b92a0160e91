"""Tracebacks as a reader expects them: only frames of the user's code, never ours or asyncio's."""

import linecache
import traceback

# "/asyncio-live/": the engine's folder in Pyodide, where simweb.py (the simulated web) lives too.
_HIDDEN = (
    "/asyncio/",
    "asyncio_live",
    "/asyncio-live/",
    "/concurrent/futures/",
    "<frozen ",
    "/_pyodide/",
    "/pyodide/",
)


def _visible(frame_summary, filename):
    name = frame_summary.filename
    if name == filename:
        return True
    return not any(part in name for part in _HIDDEN)


def _filter(te, filename, seen):
    if te is None or id(te) in seen:
        return
    seen.add(id(te))
    te.stack = traceback.StackSummary.from_list(
        [fs for fs in te.stack if _visible(fs, filename)]
    )
    _filter(te.__cause__, filename, seen)
    _filter(te.__context__, filename, seen)
    for sub in getattr(te, "exceptions", None) or ():
        _filter(sub, filename, seen)


# A run of one line calling itself longer than this keeps only this many traceback entries (plus
# one, so that the count CPython prints after a shortened run, "[Previous line repeated 999 more
# times]", is one no whole run prints).
_RUN_KEEP = 1001
# Longer tracebacks (recursion through several functions) lose their middle.
_MAX_ENTRIES = 4000
_SHORTENED = f"[Previous line repeated {_RUN_KEEP + 1 - 3} more times]"


def _shorten(exc):
    """Recursion with a raised limit leaves tracebacks of up to a million entries, and formatting
    takes ~75 µs an entry here: a minute and more. Shortens the traceback in place and returns the
    true repeat counts of the shortened runs, in order."""
    entries = []
    tb = exc.__traceback__
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    if len(entries) <= _RUN_KEEP:
        return []
    kept = []
    counts = []
    i = 0
    while i < len(entries):
        code = entries[i].tb_frame.f_code
        lasti = entries[i].tb_lasti
        j = i + 1
        while j < len(entries) and entries[j].tb_lasti == lasti:
            if entries[j].tb_frame.f_code is not code:
                break
            j += 1
        if j - i > _RUN_KEEP + 1:
            kept += entries[i : i + _RUN_KEEP + 1]
            counts.append(j - i - 3)
        else:
            kept += entries[i:j]
        i = j
    if len(kept) > _MAX_ENTRIES:
        half = _MAX_ENTRIES // 2
        exc.add_note(
            f"({len(kept) - _MAX_ENTRIES:,} entries in the middle of this traceback are not shown.)"
        )
        kept = kept[:half] + kept[-half:]
    # Unlink everything first: setting `tb_next` walks the new tail to refuse a loop, so linking
    # onto unlinked entries keeps this linear.
    for tb in entries:
        tb.tb_next = None
    for a, b in zip(kept, kept[1:]):
        a.tb_next = b
    return counts


def format_user_exception(exc, filename):
    if isinstance(exc, SyntaxError) and exc.text is None and exc.lineno and exc.filename == filename:
        # Compiler (not parser) errors read the line from the file on disk, which a run never has.
        exc.text = linecache.getline(filename, exc.lineno) or None
    if isinstance(exc, RuntimeError) and str(exc) == "can't start new thread":
        exc.add_note(
            "Python in the browser has no threads: asyncio.to_thread and loop.run_in_executor "
            "are emulated on the virtual clock, threading.Thread is not."
        )
    counts = _shorten(exc)
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True)
    _filter(te, filename, set())
    text = "".join(te.format())
    for count in counts:
        text = text.replace(_SHORTENED, f"[Previous line repeated {count} more times]", 1)
    return text, te


def error_info(exc, filename):
    """The `error` object of a run result, and the text CPython would print to stderr."""
    text, te = format_user_exception(exc, filename)
    line = column = None
    message = _message(exc)
    if isinstance(exc, SyntaxError) and (exc.filename in (filename, None, "<string>")):
        line = exc.lineno
        column = exc.offset
        if exc.filename == filename and exc.msg:
            # str() adds "(main.py, line 3)"; `line` says that already, and every summary adds it.
            message = exc.msg
    else:
        for fs in te.stack:
            if fs.filename == filename:
                line = fs.lineno
                colno = getattr(fs, "colno", None)
                column = None if colno is None else colno + 1
    return {
        "type": type(exc).__name__,
        "message": message,
        "line": line,
        "column": column,
        "traceback": text,
    }, text


def _message(exc):
    # The program's own __str__ may fail; CPython's traceback prints this placeholder then.
    try:
        return str(exc)
    except BaseException:
        return "<exception str() failed>"
