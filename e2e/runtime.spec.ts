import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { freePort } from "../scripts/free-port";
import { editorIn, setEditorCode } from "./support/monaco";

// Python loads from scratch in every test's fresh browser context: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });
const LOAD_TIMEOUT = 90_000;

const GATHER_LINES = [
  "Fetching data 1...",
  "Fetching data 2...",
  "Fetching data 3...",
  "Data 1 fetched!",
  "Data 2 fetched!",
  "Data 3 fetched!",
  "['Data 1', 'Data 2', 'Data 3']",
];

/** Records every request (page and workers) and every console error. */
function watch(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.context().on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const foreign = (origin: string) =>
    requests.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
  return { requests, errors, foreign };
}

const runButton = (page: Page) => page.getByRole("button", { name: "Run", exact: true });
const stopButton = (page: Page) => page.getByRole("button", { name: "Stop", exact: true });
const output = (page: Page) => page.getByRole("log", { name: "Output" });

/**
 * Clicks Stop in the page and returns the milliseconds until the output says `text`, timed in the
 * page: Playwright's own click takes over a second on a loaded machine (CI saw 1.2 s).
 */
async function stopTimed(page: Page, text: string): Promise<number> {
  await expect(stopButton(page)).toBeEnabled();
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        const log = document.querySelector('main [role="log"]')!;
        const stop = [...document.querySelectorAll<HTMLButtonElement>("main button")].find(
          (button) => button.textContent === "Stop",
        )!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!log.textContent?.includes(wanted)) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(log, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error(`no "${wanted}" within 10 s of Stop`)), 10_000);
        stop.click();
      }),
    text,
  );
}

async function openPlayground(page: Page, base = "") {
  await page.goto(`${base}/playground/`);
  await expect(runButton(page)).toHaveAttribute("data-python", "ready", { timeout: LOAD_TIMEOUT });
}

async function runProgram(page: Page, code: string) {
  await setEditorCode(page, page.locator("main"), code);
  await runButton(page).click();
}

/** Waits until the program ended (Run is back) and returns the output text. */
async function finished(page: Page, timeout = 30_000) {
  await expect(runButton(page)).toBeEnabled({ timeout });
  return output(page).innerText();
}

test("runs the seed gather example in a worker, with every request to our own origin", async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
  await page.goto("/playground/");
  // Run shows loading progress before Python is ready.
  await expect(runButton(page)).toHaveAttribute("data-python", /loading|ready/);
  await expect(runButton(page)).toHaveAttribute("data-python", "ready", { timeout: LOAD_TIMEOUT });

  await runButton(page).click(); // the editor holds the seed's gather example
  const text = await finished(page);
  for (const line of GATHER_LINES) expect(text).toContain(line);
  expect(text.indexOf("Data 1 fetched!")).toBeGreaterThan(text.indexOf("Fetching data 3..."));
  // Three 2 s sleeps overlap: 2 s, not 6. Computing costs real time on the virtual clock, and on
  // a loaded 2-core machine the program's few milliseconds can stretch past 50 ms (as in the
  // timeline tests).
  expect(text).toMatch(/Finished in 2\.[01] s/);

  expect(seen.foreign(new URL(baseURL!).origin)).toEqual([]);
  for (const file of ["pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip"]) {
    expect(seen.requests).toContain(`${baseURL}/pyodide/${file}`);
  }
  expect(seen.requests).toContain(`${baseURL}/runtime/engine.json`);
  // Python lives in the worker: the page itself never loaded Pyodide.
  expect(page.workers().length).toBeGreaterThan(0);
  expect(await page.evaluate(() => "loadPyodide" in globalThis || "pyodide" in globalThis)).toBe(
    false,
  );
  expect(seen.errors).toEqual([]);
});

test("a click while Python loads runs the program once it is ready", async ({ page }) => {
  await page.goto("/playground/");
  const button = runButton(page);
  await expect(button).toHaveAttribute("data-python", "loading");
  await expect(page.getByText(/Python… \d+%/)).toBeVisible();
  await button.click();
  await expect(output(page)).toContainText("Fetching data 1", { timeout: LOAD_TIMEOUT });
  // The run the click queued goes first: the editor loads after it, not beside it.
  await expect(page.locator("main .monaco-editor")).toHaveCount(0);
  const text = await finished(page, LOAD_TIMEOUT);
  expect(text).toContain("['Data 1', 'Data 2', 'Data 3']");
  await expect(page.locator("main .monaco-editor")).toBeVisible();
});

test("stdout and stderr are told apart, errors show type, message and traceback", async ({
  page,
}) => {
  await openPlayground(page);
  await runProgram(
    page,
    'import sys\nprint("to stdout")\nprint("to stderr", file=sys.stderr)\n\ndef f():\n    return 1 / 0\n\nf()\n',
  );
  const text = await finished(page);
  expect(text).toContain("to stdout");
  // stderr carries a visible label, not only a colour.
  const stderrBlock = output(page).locator("div", { hasText: "to stderr" }).last();
  await expect(stderrBlock).toContainText("stderr");
  await expect(output(page).locator("div", { hasText: "to stdout" }).last()).not.toContainText(
    "stderr",
  );
  expect(text).toContain("Traceback (most recent call last):");
  expect(text).toContain('File "main.py", line 6, in f');
  expect(text).toContain("Ended with an error after 0.0 s: ZeroDivisionError: division by zero");
});

test("Stop interrupts `while True: pass` when cross-origin isolated; the next run works", async ({
  page,
}) => {
  await openPlayground(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const workers = page.workers().length;

  await runProgram(page, "while True:\n    pass\n");
  await expect(stopButton(page)).toBeEnabled();
  await page.waitForTimeout(300);
  expect(await stopTimed(page, "you pressed Stop")).toBeLessThan(1_000);
  // The interrupt path keeps the same worker: no replacement was started.
  expect(page.workers().length).toBe(workers);
  await expect(output(page)).not.toContainText("restarted");

  await runProgram(page, 'print("still alive")');
  expect(await finished(page)).toContain("still alive");
});

test("Stop pressed while the run waits for Python's warm-up stops it, without a restart", async ({
  page,
}) => {
  await page.goto("/playground/");
  await setEditorCode(page, page.locator("main"), "while True:\n    pass\n");
  // Pressed while Python loads: the run starts once Python is ready, after the warm-up that
  // follows "ready". A Stop at that moment may reach the worker before the run does: it must
  // still stop this run, by interrupt, not by replacing the worker.
  await runButton(page).click();
  await expect(runButton(page)).toHaveAttribute("data-python", "ready", { timeout: LOAD_TIMEOUT });
  await stopButton(page).click();
  await expect(output(page)).toContainText("you pressed Stop", { timeout: 5_000 });
  await expect(output(page)).not.toContainText("restarted");
  await runProgram(page, 'print("same worker")');
  expect(await finished(page)).toContain("same worker");
});

test("Stop falls back to terminating the worker when the program ignores the interrupt", async ({
  page,
}) => {
  await openPlayground(page);
  await runProgram(
    page,
    "while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass\n",
  );
  await expect(stopButton(page)).toBeEnabled();
  await page.waitForTimeout(300);
  const started = Date.now();
  await stopButton(page).click();
  await expect(output(page)).toContainText("Stopped. Python was restarted", { timeout: 10_000 });
  const took = Date.now() - started;
  expect(took).toBeGreaterThanOrEqual(1_400);
  expect(took).toBeLessThan(5_000);

  await runButton(page).waitFor();
  await runProgram(page, 'print("fresh worker")');
  expect(await finished(page, LOAD_TIMEOUT)).toContain("fresh worker");
});

test("a print flood ends with the output-limit message and the page stays responsive", async ({
  page,
}) => {
  await openPlayground(page);
  // Measures the longest gap between animation frames while the flood streams in.
  await page.evaluate(() => {
    const w = window as unknown as { maxFrameGap: number };
    w.maxFrameGap = 0;
    let last = performance.now();
    const tick = (now: number) => {
      w.maxFrameGap = Math.max(w.maxFrameGap, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await runProgram(page, 'while True:\n    print("x")\n');
  // A click during the flood is handled promptly.
  const clicked = Date.now();
  await (await editorIn(page.locator("main"))).locator(".view-lines").click();
  expect(Date.now() - clicked).toBeLessThan(1_000);
  const text = await finished(page);
  expect(text).toContain("Stopped after");
  expect(text).toContain("output limit");
  const lines = text.split("\n").filter((line) => line === "x").length;
  expect(lines).toBeGreaterThan(1_000);
  expect(lines).toBeLessThanOrEqual(5_000);
  const gap = await page.evaluate(() => (window as unknown as { maxFrameGap: number }).maxFrameGap);
  expect(gap).toBeLessThan(500);
});

test("output is shown as text, never as HTML", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await openPlayground(page);
  await runProgram(page, 'print("<img src=x onerror=alert(1)>")');
  const text = await finished(page);
  expect(text).toContain("<img src=x onerror=alert(1)>");
  await expect(output(page).locator("img")).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
});

test("hidden characters in output and task names show as marks, not as reordered text", async ({
  page,
}) => {
  await openPlayground(page);
  // A right-to-left override would make "a\u202eevil" read as "alive"; ANSI colours as "red".
  await runProgram(
    page,
    "import asyncio\n\nasync def main():\n" +
      '    print("a\\u202eevil")\n    print("\\x1b[31mred\\x1b[0m")\n' +
      '    await asyncio.create_task(asyncio.sleep(1), name="job\\u202e1")\n\n' +
      "asyncio.run(main())\n",
  );
  const text = await finished(page);
  expect(text).not.toMatch(/[\u202e\x1b]/);
  const marks = output(page).locator("[data-hidden-char]");
  await expect(marks).toHaveText(["RLO", "ESC", "ESC"]);
  await expect(marks.first()).toHaveAttribute("title", "U+202E RIGHT-TO-LEFT OVERRIDE");
  expect(text).toContain("aRLOevil");
  // A task's name is shown in its lane's tooltip.
  await expect(page.locator('[data-lane^="sleep(1"] button')).toHaveAttribute(
    "title",
    /^job⟨RLO⟩1: sleep\(1/,
  );
});

test("a RecursionError is an ordinary error, a fatal Pyodide error restarts Python", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openPlayground(page);
  const recursion = "def f(n):\n    return f(n + 1)\n\nf(0)\n";
  await runProgram(page, recursion);
  const ordinary = await finished(page);
  expect(ordinary).toContain("RecursionError");
  expect(ordinary).not.toContain("crashed");

  // Deep recursion in Python code ends in a RecursionError even with the limit raised high...
  await runProgram(page, `import sys\nsys.setrecursionlimit(10**5)\n${recursion}`);
  const deep = await finished(page);
  expect(deep).toMatch(/\[Previous line repeated 999\d\d more times\]/);
  expect(deep).toContain("RecursionError");
  // ...but deep recursion inside C code (the json decoder) overflows the JavaScript stack:
  // Pyodide dies for real.
  await runProgram(page, 'import json\njson.loads("[" * 100_000)\n');
  await expect(output(page)).toContainText("Python crashed and was restarted", {
    timeout: 150_000,
  });
  await runProgram(page, 'print("after the crash")');
  expect(await finished(page, LOAD_TIMEOUT)).toContain("after the crash");
});

// ---- without cross-origin isolation: Stop can only terminate the worker ----

let plainServer: ChildProcess | undefined;
let plainBase = "";

test.describe("served without cross-origin isolation", () => {
  test.beforeAll(async () => {
    const port = await freePort();
    plainServer = spawn(process.execPath, ["scripts/serve.mjs", "out"], {
      env: { ...process.env, PORT: String(port), NO_ISOLATION: "1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      plainServer!.stdout!.once("data", () => resolve());
      plainServer!.once("exit", (code) => reject(new Error(`serve.mjs exited (${code})`)));
    });
    plainBase = `http://127.0.0.1:${port}`;
  });
  test.afterAll(() => {
    plainServer?.kill();
  });

  test("Stop terminates the worker and the next run works", async ({ page }) => {
    const seen = watch(page);
    await openPlayground(page, plainBase);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    // Python's workers on the page, by the script of the one named "python" (Monaco has workers
    // of its own; a worker busy in an endless loop cannot be asked its name).
    await page.waitForTimeout(1_500);
    const named = await Promise.all(
      page.workers().map(async (w) => [w.url(), await w.evaluate(() => self.name)] as const),
    );
    const script = named.filter(([, name]) => name === "python").map(([url]) => url);
    // No spare boots beside a reader's short runs: it would take the CPU from them.
    expect(script).toHaveLength(1);
    const pythonWorkers = () => page.workers().filter((w) => w.url() === script[0]).length;

    await runProgram(page, "while True:\n    pass\n");
    await expect(stopButton(page)).toBeEnabled();
    // A run that goes on for a second may need Stop: the spare that will take its place starts.
    await expect.poll(pythonWorkers, { timeout: 5_000 }).toBe(2);
    // No interrupt to wait for: terminating is immediate.
    expect(await stopTimed(page, "Stopped. Python was restarted")).toBeLessThan(1_000);

    await setEditorCode(page, page.locator("main"), 'print("after terminate")');
    await runButton(page).click();
    expect(await finished(page, LOAD_TIMEOUT)).toContain("after terminate");
    expect(seen.foreign(plainBase)).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});
