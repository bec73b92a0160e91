/**
 * What a reader does on the course's pages, as page functions and CSS selectors that work in
 * every engine (no Playwright locators here: Firefox and WebKit are driven over WebDriver).
 */
import { waitFor, type EnginePage } from "./drivers";

/** Python loads from scratch in each fresh browser: WebKit in software rendering is slow. */
export const READY_MS = 120_000;

export const exampleFigure = (file: string) => `figure[data-example-file="${file}"]`;
/** The Run button of an example or the playground (the only button that says if Python is ready). */
export const runButton = (scope: string) => `${scope} button[data-python]`;
/** Stop sits right after Run. */
export const stopButton = (scope: string) => `${scope} button[data-python] + button`;

export interface RunView {
  output: string;
  status: string;
  runEnabled: boolean;
  stopEnabled: boolean;
  lanes: number;
  /** A recorded run (shown before Python has run anything) is on screen. */
  recorded: boolean;
}

/** What the reader sees of the run in `scope`: its output, status line, buttons and timeline. */
export function runView(page: EnginePage, scope: string): Promise<RunView> {
  return page.evaluate((css: string) => {
    const root = document.querySelector(css);
    const run = root?.querySelector<HTMLButtonElement>("button[data-python]");
    const stop = run?.nextElementSibling as HTMLButtonElement | null | undefined;
    // The live run's log, never a recorded run's (shown until the reader runs something).
    const log = [...(root?.querySelectorAll('[role="log"]') ?? [])].find(
      (el) => !el.closest("[data-recorded-run]"),
    );
    const status = [...(root?.querySelectorAll('[role="status"]') ?? [])]
      .map((el) => el.textContent ?? "")
      .join(" | ");
    return {
      output: log?.textContent ?? "",
      status,
      runEnabled: Boolean(run && !run.disabled),
      stopEnabled: Boolean(stop && !stop.disabled),
      lanes: [...(root?.querySelectorAll("[data-lane]") ?? [])].filter(
        (el) => !el.closest("[data-recorded-run]"),
      ).length,
      recorded: Boolean(root?.querySelector("[data-recorded-run]")),
    };
  }, scope);
}

/** Waits until `scope`'s run view satisfies `done` (checked in Node), returning it. */
export async function waitForRun(
  page: EnginePage,
  scope: string,
  what: string,
  done: (view: RunView) => boolean,
  timeoutMs = READY_MS,
): Promise<RunView> {
  const deadline = Date.now() + timeoutMs;
  let view = await runView(page, scope);
  while (!done(view)) {
    if (Date.now() > deadline)
      throw new Error(
        `${page.engine}: timed out waiting for ${what}; saw ${JSON.stringify(view).slice(0, 600)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
    view = await runView(page, scope);
  }
  return view;
}

/** Scrolls `css` into the middle of the window (loads a lazily loaded part near it). */
export async function scrollTo(page: EnginePage, css: string): Promise<void> {
  await waitFor(
    page,
    `${css} to be in the page`,
    30_000,
    (selector: string) => {
      const el = document.querySelector(selector);
      el?.scrollIntoView({ block: "center" });
      return Boolean(el);
    },
    css,
  );
}

/** Waits until the lazily loaded part holding `css` runs its code (`data-live` on its wrapper). */
export function partLive(page: EnginePage, css: string): Promise<boolean> {
  return waitFor(
    page,
    `${css} to be live`,
    60_000,
    (selector: string) => Boolean(document.querySelector(selector)?.closest("[data-live]")),
    css,
  );
}

/**
 * Gives the element inside `scope` that `pick` chooses a `data-engine-target` name, so a real
 * click can find it by CSS. `pick` runs in the page.
 */
export async function mark(
  page: EnginePage,
  scope: string,
  name: string,
  tag: string,
  text: string,
): Promise<string> {
  await waitFor(
    page,
    `a ${tag} reading "${text}" in ${scope}`,
    30_000,
    (css: string, target: string, selector: string, wanted: string) => {
      const found = [
        ...(document.querySelector(css)?.querySelectorAll<HTMLElement>(selector) ?? []),
      ].find((el) => {
        const label = el.closest("label")?.textContent ?? el.textContent ?? "";
        return label.replace(/\s+/g, " ").includes(wanted);
      });
      found?.setAttribute("data-engine-target", target);
      return Boolean(found);
    },
    scope,
    name,
    tag,
    text,
  );
  return `[data-engine-target="${name}"]`;
}
