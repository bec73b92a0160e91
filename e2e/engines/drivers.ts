/**
 * One small page API over three engines, for the cross-engine smoke tests and the bench:
 * Chromium and Firefox through puppeteer-core (Chromium over CDP, Debian's firefox-esr over
 * WebDriver BiDi), WebKit through WebKitGTK's WebKitWebDriver and its MiniBrowser under Xvfb (W3C
 * WebDriver, the `webdriver` client). Playwright's own Firefox and WebKit builds cannot be
 * downloaded on our machines; these are Debian's packages (`.ci/run` installs them).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import WebDriver, { type Client } from "webdriver";
import { chromiumLaunchOptions } from "../../scripts/chromium";
import { freePort } from "../../scripts/free-port";

export type EngineName = "chromium" | "firefox" | "webkit";
export const ENGINES: EngineName[] = ["chromium", "firefox", "webkit"];

/** WebKitGTK's MiniBrowser (package libwebkit2gtk-4.1-0), under the machine's multiarch folder. */
function findMiniBrowser(): string {
  const inside = (triplet: string) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`;
  let triplets: string[] = [];
  try {
    triplets = readdirSync("/usr/lib").filter((name) => name.endsWith("-linux-gnu"));
  } catch {
    // No /usr/lib: not a Debian-like machine; `missing` names the usual path.
  }
  return triplets.map(inside).find((file) => existsSync(file)) ?? inside("x86_64-linux-gnu");
}

const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? findMiniBrowser();
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? "/usr/bin/WebKitWebDriver";

/** Debian packages that hold what each engine needs (`.ci/run` installs them). */
const PACKAGES: Record<EngineName, string> = {
  chromium: "chromium",
  firefox: "firefox-esr",
  // xvfb-run needs xauth, only a recommendation of xvfb.
  webkit: "webkit2gtk-driver xvfb xauth",
};

/**
 * Why an engine cannot run here (its browser is not installed, with what to install), or null.
 * Under CI=true it throws instead: there a missing browser must fail the run, not skip a third of
 * it.
 */
export function missing(engine: EngineName): string | null {
  const need =
    engine === "firefox"
      ? [FIREFOX]
      : engine === "webkit"
        ? [MINIBROWSER, WEBKIT_DRIVER, "/usr/bin/xvfb-run", "/usr/bin/xauth"]
        : [chromiumLaunchOptions.executablePath ?? "/usr/bin/chromium"];
  const absent = need.filter((file) => !existsSync(file));
  if (absent.length === 0) return null;
  const reason = `not installed: ${absent.join(", ")} (apt-get install ${PACKAGES[engine]})`;
  if (process.env.CI && process.env.CI !== "false") throw new Error(`${engine}: ${reason}`);
  return reason;
}

/** A function run in the page: its source is sent, so it may use only its arguments. */
type PageFunction<A extends unknown[], R> = (...args: A) => R;

/**
 * The expression that calls `fn(...args)` in the page. tsx (esbuild with keepNames) wraps inner
 * functions in `__name(...)`: the page gets a do-nothing `__name`.
 */
function callSource<A extends unknown[], R>(fn: PageFunction<A, R>, args: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<Awaited<R>>;
  /** A real click (the engine's input events) on the first element matching `css`. */
  click(css: string): Promise<void>;
  /** Picks the option whose value is `value` in the `<select>` matching `css`, as a reader does. */
  select(css: string, value: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls `fn` in the page until it returns something truthy; fails saying `what` it waited for. */
export async function waitFor<A extends unknown[], R>(
  page: EnginePage,
  what: string,
  timeoutMs: number,
  fn: PageFunction<A, R>,
  ...args: A
): Promise<Awaited<R>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(fn, ...args);
      if (value) return value;
      last = value;
    } catch (error) {
      // A navigation in progress destroys the context the script ran in: try again.
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `${page.engine}: timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function savePng(file: string, base64OrBytes: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    typeof base64OrBytes === "string" ? Buffer.from(base64OrBytes, "base64") : base64OrBytes,
  );
}

class PuppeteerPage implements EnginePage {
  constructor(
    readonly engine: EngineName,
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: "load", timeout: 60_000 });
  }

  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<Awaited<R>> {
    return this.page.evaluate(callSource(fn, args)) as Promise<Awaited<R>>;
  }

  async click(css: string) {
    await this.page.click(css);
  }

  async select(css: string, value: string) {
    await this.page.select(css, value);
  }

  async setViewport(width: number, height: number) {
    if (this.engine === "firefox") {
      // Puppeteer's setViewport also sends emulation.setScreenOrientationOverride, which Firefox
      // ESR does not know, and the whole call fails. The viewport itself is plain WebDriver BiDi.
      const frame = this.page.mainFrame() as unknown as {
        browsingContext: {
          setViewport(options: {
            viewport: { width: number; height: number };
            devicePixelRatio: number;
          }): Promise<void>;
        };
      };
      await frame.browsingContext.setViewport({ viewport: { width, height }, devicePixelRatio: 1 });
      return;
    }
    await this.page.setViewport({ width, height });
  }

  async screenshot(file: string) {
    savePng(file, await this.page.screenshot({ fullPage: false }));
  }

  async close() {
    await this.browser.close();
  }
}

class WebDriverPage implements EnginePage {
  readonly engine = "webkit" as const;
  constructor(
    private readonly client: Client,
    private readonly driver: ChildProcess,
  ) {}

  async goto(url: string) {
    await this.client.navigateTo(url);
  }

  async evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<Awaited<R>> {
    return (await this.client.executeScript(`return ${callSource(fn, args)};`, [])) as Awaited<R>;
  }

  async click(css: string) {
    const found = (await this.client.findElement("css selector", css)) as Record<string, string>;
    const id = found["element-6066-11e4-a52f-4a11d2b8a96e"] ?? Object.values(found)[0]!;
    await this.client.elementClick(id);
  }

  async select(css: string, value: string) {
    // WebDriver selects an option by clicking it (the menu is not opened).
    await this.click(`${css} option[value="${value}"]`);
  }

  async setViewport(width: number, height: number) {
    await this.client.setWindowRect(null, null, width, height);
  }

  async screenshot(file: string) {
    savePng(file, await this.client.takeScreenshot());
  }

  async close() {
    await this.client.deleteSession().catch(() => {});
    // xvfb-run started the driver in its own process group: end Xvfb, the driver and the browser.
    if (this.driver.pid) {
      try {
        process.kill(-this.driver.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  }
}

async function launchWebKit(pageLoadStrategy: "normal" | "none"): Promise<EnginePage> {
  const port = Number(process.env.WEBKIT_DRIVER_PORT) || (await freePort());
  const driver = spawn("xvfb-run", ["-a", WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: "ignore",
    // Safari gives a cross-origin isolated page SharedArrayBuffer; WebKitGTK's JavaScriptCore
    // leaves it off unless this option is set. With it, Stop takes Safari's interrupt path here.
    // (An unisolated page still sees the constructor, but the runtime also requires
    // crossOriginIsolated, so that path is tested too.)
    env: { ...process.env, JSC_useSharedArrayBuffer: "1" },
  });
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const up = await fetch(`http://127.0.0.1:${port}/status`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error("WebKitWebDriver did not start");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const client = await WebDriver.newSession({
      hostname: "127.0.0.1",
      port,
      logLevel: "error",
      connectionRetryCount: 0,
      connectionRetryTimeout: 120_000,
      capabilities: {
        pageLoadStrategy,
        "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
      } as WebdriverIO.Capabilities,
    });
    return new WebDriverPage(client, driver);
  } catch (error) {
    if (driver.pid) process.kill(-driver.pid, "SIGTERM");
    throw error;
  }
}

export interface LaunchOptions {
  /**
   * False: in WebKit no command waits for a page to finish loading (pageLoadStrategy "none";
   * WebKitWebDriver otherwise holds every script call until the load event), so a page can be
   * acted on while it loads. Puppeteer's `evaluate` never waits. Default true.
   */
  waitForLoad?: boolean;
}

/** A fresh browser (its own profile: a cold cache) with one page. */
export async function launch(
  engine: EngineName,
  { waitForLoad = true }: LaunchOptions = {},
): Promise<EnginePage> {
  const absent = missing(engine);
  if (absent) throw new Error(`${engine}: ${absent}`);
  if (engine === "webkit") return launchWebKit(waitForLoad ? "normal" : "none");
  const browser =
    engine === "firefox"
      ? await puppeteer.launch({
          browser: "firefox",
          executablePath: FIREFOX,
          headless: true,
          // Not a defaultViewport: Firefox ESR refuses how puppeteer sets one (see setViewport).
          defaultViewport: null,
        })
      : await puppeteer.launch({
          executablePath: chromiumLaunchOptions.executablePath ?? "/usr/bin/chromium",
          args: chromiumLaunchOptions.args,
          headless: true,
          defaultViewport: { width: 1280, height: 900 },
        });
  const [page] = await browser.pages();
  const opened = new PuppeteerPage(engine, browser, page ?? (await browser.newPage()));
  if (engine === "firefox") await opened.setViewport(1280, 900);
  return opened;
}

/**
 * A finger's tap (touch input, not a mouse) in the middle of the first element matching `css`:
 * W3C actions with pointerType "touch" in WebKit, puppeteer's touchscreen in the others.
 * (Bracket access: the pages keep their clients private to everything but such helpers.)
 */
export async function tap(page: EnginePage, css: string): Promise<void> {
  if (page instanceof WebDriverPage) {
    const client = page["client"];
    // Viewport coordinates: WebKitWebDriver refused an element as the action's origin.
    const at = await page.evaluate((selector: string) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box
        ? { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) }
        : null;
    }, css);
    if (!at) throw new Error(`webkit: nothing to tap at ${css}`);
    await client.performActions([
      {
        type: "pointer",
        id: "finger",
        parameters: { pointerType: "touch" },
        actions: [
          { type: "pointerMove", duration: 0, origin: "viewport", x: at.x, y: at.y },
          { type: "pointerDown", button: 0 },
          { type: "pointerUp", button: 0 },
        ],
      },
    ]);
    await client.releaseActions();
  } else if (page instanceof PuppeteerPage) {
    await page["page"].tap(css);
  }
}
