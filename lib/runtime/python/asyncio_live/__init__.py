"""asyncio, live: run asyncio programs on a virtual clock and record what every task did.

The package is loaded into Pyodide by lib/runtime/engine.ts; `runner.run_program` is its one entry point.
"""

# Imported up front so that the first run does not pay (in virtual time) for loading them.
import asyncio.taskgroups  # noqa: E402,F401
import concurrent.futures.thread  # noqa: E402,F401
import linecache  # noqa: E402,F401
import reprlib  # noqa: E402,F401
import traceback  # noqa: E402,F401
import tracemalloc  # noqa: E402,F401
import warnings  # noqa: E402,F401
