"""asyncio, live: run asyncio programs on a virtual clock and record what every task did.

The package is loaded into Pyodide by lib/runtime/engine.ts; `runner.run_program` is its one entry point.
"""

import os

# Imported up front so that the first run does not pay (in virtual time) for loading them.
import asyncio.taskgroups  # noqa: E402,F401
import concurrent.futures.thread  # noqa: E402,F401
import linecache  # noqa: E402,F401
import reprlib  # noqa: E402,F401
import traceback  # noqa: E402,F401
import warnings  # noqa: E402,F401

# warnings imports tracemalloc when it reports "coroutine ... was never awaited"; it costs some
# 50 ms. The browser worker sets this variable and imports it in its warm-up instead, after Python
# reported ready (warmUpEngine in lib/runtime/engine.ts); popped so that programs never see it.
if not os.environ.pop("ASYNCIO_LIVE_WARMUP_IMPORTS", ""):
    import tracemalloc  # noqa: F401
