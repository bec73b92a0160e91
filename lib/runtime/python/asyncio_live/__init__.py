"""asyncio, live: run asyncio programs on a virtual clock and record what every task did.

The package is loaded into Pyodide by lib/runtime/engine.ts; `runner.run_program` is its one entry point.
"""
