"""Tracebacks as a reader expects them: only frames of the user's code, never ours or asyncio's."""

import linecache
import traceback

_HIDDEN = ("/asyncio/", "asyncio_live", "/concurrent/futures/", "<frozen ", "/_pyodide/", "/pyodide/")


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


def format_user_exception(exc, filename):
    if isinstance(exc, SyntaxError) and exc.text is None and exc.lineno and exc.filename == filename:
        # Compiler (not parser) errors read the line from the file on disk, which a run never has.
        exc.text = linecache.getline(filename, exc.lineno) or None
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True)
    _filter(te, filename, set())
    return "".join(te.format()), te


def error_info(exc, filename):
    """The `error` object of a run result, and the text CPython would print to stderr."""
    text, te = format_user_exception(exc, filename)
    line = column = None
    if isinstance(exc, SyntaxError) and (exc.filename in (filename, None, "<string>")):
        line = exc.lineno
        column = exc.offset
    else:
        for fs in te.stack:
            if fs.filename == filename:
                line = fs.lineno
                colno = getattr(fs, "colno", None)
                column = None if colno is None else colno + 1
    return {
        "type": type(exc).__name__,
        "message": str(exc),
        "line": line,
        "column": column,
        "traceback": text,
    }, text
