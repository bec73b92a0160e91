// Benchmark baseline: load Pyodide from our origin and run print(1), nothing else.
const { loadPyodide } = await import("/pyodide/pyodide.mjs");
const pyodide = await loadPyodide({ indexURL: "/pyodide/" });
let printed = "";
pyodide.setStdout({ batched: (text) => (printed += text) });
pyodide.runPython("print(1)");
postMessage(printed);
