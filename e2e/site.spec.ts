import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { lessonPath, lessons, showcaseLesson } from "./support/course";
import { expect, horizontalOverflow, test } from "./support/fixtures";

const total = lessons.length;
const first = lessons[0]!;
const last = lessons[total - 1]!;
const desktop = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// "System" must mean the same thing on every machine that runs these tests.
test.use({ colorScheme: "light", viewport: desktop });

async function expectLessonPage(page: Page, index: number) {
  const lesson = lessons[index]!;
  await expect(page).toHaveURL(new RegExp(`${lessonPath(lesson)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
  await expect(page.getByText(`Lesson ${index + 1} of ${total}`, { exact: true })).toBeVisible();
}

test.describe("home", () => {
  test("says what the course is, starts it and lists every lesson", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/run right here on the page/)).toBeVisible();

    const items = page.locator("main ol > li");
    await expect(items).toHaveCount(total);
    for (const [index, lesson] of lessons.entries()) {
      const item = items.nth(index);
      await expect(item.getByRole("heading")).toHaveText(
        `Lesson ${lesson.number}: ${lesson.title}`,
      );
      await expect(item).toContainText(lesson.summary);
      await expect(item.getByRole("link")).toHaveAttribute("href", lessonPath(lesson));
    }

    await page.getByRole("link", { name: /Start the course/ }).click();
    await expectLessonPage(page, 0);
  });

  test("the header links home, to the lessons and to the playground", async ({ page }) => {
    await page.goto(lessonPath(last));
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Playground" })).toHaveAttribute(
      "href",
      "/playground/",
    );
    await header.getByRole("link", { name: "Lessons" }).click();
    await expect(page).toHaveURL(/\/lessons\/$/);
    await expect(page.locator("main ol > li")).toHaveCount(total);
    await header.getByRole("link", { name: "asyncio, live" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: /Start the course/ })).toBeVisible();
  });
});

test.describe("lesson pages", () => {
  for (const [index, lesson] of lessons.entries()) {
    test(`${lesson.dir} renders its title, text, examples and metadata`, async ({ page }) => {
      await page.goto(lessonPath(lesson));
      await expectLessonPage(page, index);
      await expect(page).toHaveTitle(`${lesson.title} · asyncio, live`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        "content",
        lesson.summary,
      );

      const prose = page.locator("article .prose");
      await expect(prose.locator("h2").first()).toBeVisible();
      expect((await prose.innerText()).length).toBeGreaterThan(400);

      const examples = prose.locator("figure[data-example-file]");
      await expect(examples).toHaveCount(lesson.examples.length);
      for (const [n, file] of lesson.examples.entries()) {
        const example = examples.nth(n);
        await expect(example).toHaveAttribute("data-example-file", file);
        await expect(example.locator("figcaption")).toContainText(file);
        await expect(example.locator("pre.shiki code")).not.toBeEmpty();
      }
      // Front matter is data, not text.
      await expect(prose).not.toContainText("summary:");

      // Its place in the course: the sidebar marks it, the pager links its neighbours (clicking
      // through is tested once below; here every page's links are read, without 40 more loads).
      const sidebar = page.getByRole("complementary").getByRole("navigation", { name: "Lessons" });
      await expect(sidebar.locator('[aria-current="page"]')).toHaveText(
        new RegExp(`${escape(lesson.title)}$`),
      );
      for (const [name, neighbour] of [
        ["Previous", lessons[index - 1]],
        ["Next", lessons[index + 1]],
      ] as const) {
        const link = pager(page).getByRole("link", { name: new RegExp(`^${name}`) });
        if (neighbour === undefined) await expect(link).toHaveCount(0);
        else {
          await expect(link).toHaveAccessibleName(
            new RegExp(`^${name}:\\s*${escape(neighbour.title)}$`),
          );
          await expect(link).toHaveAttribute("href", lessonPath(neighbour));
        }
      }
    });
  }

  test("headings link to themselves", async ({ page }) => {
    await page.goto(lessonPath(first));
    const heading = page.locator("article .prose h2").first();
    const id = await heading.getAttribute("id");
    expect(id).toBeTruthy();
    await expect(heading.locator("a")).toHaveAttribute("href", `#${id}`);
  });

  test("the sidebar links every lesson in order, and its links and the pager's navigate", async ({
    page,
  }) => {
    await page.goto(lessonPath(first));
    const sidebar = page.getByRole("complementary").getByRole("navigation", { name: "Lessons" });
    const links = sidebar.getByRole("link");
    await expect(links).toHaveCount(total);
    for (const [index, lesson] of lessons.entries()) {
      await expect(links.nth(index)).toHaveAttribute("href", lessonPath(lesson));
      await expect(links.nth(index)).toHaveText(new RegExp(`${escape(lesson.title)}$`));
    }
    // Each page's own mark and neighbours are checked above; here the clicks themselves.
    for (const index of [Math.floor(total / 2), total - 1]) {
      await links.nth(index).click();
      await expectLessonPage(page, index);
    }
    await pager(page)
      .getByRole("link", { name: /^Previous/ })
      .click();
    await expectLessonPage(page, total - 2);
    await pager(page).getByRole("link", { name: /^Next/ }).click();
    await expectLessonPage(page, total - 1);
  });
});

const pager = (page: Page) => page.getByRole("navigation", { name: "Previous and next lesson" });

test.describe("not found", () => {
  test("an unknown lesson shows the 404 page with a way back", async ({ page, pageWatch }) => {
    // The browser reports the 404 status of the document itself as a console error.
    pageWatch.allowErrors(/status of 404.*\/lessons\/no-such-lesson\//);
    const response = await page.goto("/lessons/no-such-lesson/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/doesn.t exist/);
    await expect(page.locator("main ol > li")).toHaveCount(total);
    await expect(page).toHaveTitle(/Page not found/);

    await page.getByRole("link", { name: `First lesson: ${first.title}` }).click();
    await expectLessonPage(page, 0);
    await page.goBack();
    await page.getByRole("main").getByRole("link", { name: "Home", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe("themes", () => {
  test("the toggle switches theme, and the choice survives a reload", async ({ page }) => {
    await page.goto(lessonPath(first));
    const html = page.locator("html");
    const toggle = page.getByRole("banner").getByRole("button", { name: "Dark theme" });
    await expect(html).not.toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");

    await toggle.click();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const darkBackground = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      darkBackground,
    );

    // Back to light, which is what the system asks for: the site follows the system again.
    await toggle.click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
    await page.goto("/");
    await expect(html).not.toHaveClass(/\bdark\b/);
  });

  test("with no stored choice the system setting decides, live", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    const toggle = page.getByRole("banner").getByRole("button", { name: "Dark theme" });
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
  });

  test("a choice against the system setting is kept when the system changes", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await page.getByRole("banner").getByRole("button", { name: "Dark theme" }).click();
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("light");
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "light" });
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  });

  test("a stored dark theme is applied before any app script runs", async ({ page, pageWatch }) => {
    await page.goto("/");
    await page.evaluate(() => localStorage.setItem("theme", "dark"));

    // Only the inline head script can set the class when every app script is blocked.
    pageWatch.allowErrors(/net::ERR_FAILED|Failed to load resource/);
    await page.route(/\/_next\/.*\.js$/, (route) => route.abort());
    await page.goto(lessonPath(first), { waitUntil: "domcontentloaded" });
    expect(await page.evaluate(() => document.documentElement.className)).toMatch(/\bdark\b/);
    await page.unrouteAll({ behavior: "ignoreErrors" });

    await page.goto("/", { waitUntil: "commit" });
    await page.waitForLoadState("domcontentloaded");
    expect(await page.evaluate(() => document.documentElement.className)).toMatch(/\bdark\b/);
  });
});

test.describe("accessibility", () => {
  const pages = ["/", "/lessons/", "/no-such-page/", ...lessons.map(lessonPath)];
  const showcasePath = lessonPath(showcaseLesson());
  const seriousProblems = (results: Awaited<ReturnType<AxeBuilder["analyze"]>>) => {
    const problems: string[] = [];
    for (const violation of results.violations) {
      if (violation.impact !== "serious" && violation.impact !== "critical") continue;
      const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 5);
      problems.push(`${violation.id}: ${violation.help} — ${targets.join(", ")}`);
    }
    return problems;
  };
  // One test per page (they spread over the workers, and one slow page cannot use up the time
  // budget of all the others). Every rule runs in the light theme; the dark theme changes only
  // colours, so there the page is switched as a reader switches it and only contrast is checked
  // again (a whole second analysis per page cost ~40% of the e2e suite's time).
  for (const path of pages) {
    test(`no serious or critical axe violations, light and dark theme, ${path}`, async ({
      page,
      pageWatch,
    }) => {
      pageWatch.allowErrors(/status of 404.*\/no-such-page\//);
      await page.addInitScript(() => localStorage.setItem("theme", "light"));
      // Python's download is held, so the page stays as it first shows (the Run buttons with
      // their loading note) and booting Python does not take the CPU from the analysis (~3 s of
      // its ~9 s per lesson measured).
      await page.route("**/pyodide/**", () => undefined);
      await page.goto(path);
      await expect(page.locator("html")).toHaveClass(/^(?!.*\bdark\b)/);
      // Highlighted code is thousands of spans in one fixed palette per theme (shiki's GitHub
      // themes): checked on the lesson with the most code, left out elsewhere, where it was half
      // of each analysis's time.
      const analysis = () => {
        const axe = new AxeBuilder({ page });
        return path === showcasePath ? axe : axe.exclude(".code-frame pre");
      };
      // "region" (content outside landmarks) is a moderate-impact rule, so its findings are
      // discarded above anyway, and it is the slowest rule on a lesson page (~8 of 25 s measured).
      const light = await analysis().disableRules(["region"]).analyze();
      expect(seriousProblems(light), "light").toEqual([]);

      // No colour transitions: contrast is read from the final colours.
      await page.addStyleTag({
        content: "*, *::before, *::after { transition: none !important; }",
      });
      await page.getByRole("button", { name: "Dark theme" }).click();
      await expect(page.locator("html")).toHaveClass(/\bdark\b/);
      const dark = await analysis().withRules(["color-contrast"]).analyze();
      expect(seriousProblems(dark), "dark").toEqual([]);
    });
  }
});

test.describe("phone", () => {
  test.use({ viewport: phone });

  test("the lesson menu opens, marks the current lesson and navigates", async ({ page }) => {
    await page.goto(lessonPath(first));
    await expect(page.getByRole("complementary")).toBeHidden();
    const menu = page.locator("details").filter({ hasText: "All lessons" });
    const links = menu.getByRole("navigation", { name: "Lessons" }).getByRole("link");
    await expect(links.first()).toBeHidden();

    await menu.locator("summary").click();
    await expect(links).toHaveCount(total);
    await expect(links.first()).toBeVisible();
    await expect(links.first()).toHaveAttribute("aria-current", "page");

    const target = Math.min(2, total - 1);
    await links.nth(target).click();
    await expectLessonPage(page, target);
    await expect(links.first()).toBeHidden();

    // Keyboard: open with Enter, close with Escape, focus back on the toggle.
    await menu.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(links.nth(target)).toHaveAttribute("aria-current", "page");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await expect(links.first()).toBeHidden();
    await expect(menu.locator("summary")).toBeFocused();
  });

  test("no page scrolls sideways at 390 px", async ({ page }) => {
    for (const path of ["/", "/lessons/", ...lessons.map(lessonPath)]) {
      await page.goto(path);
      expect(await horizontalOverflow(page), path).toBe(0);
    }
  });
});

test.describe("screenshots", () => {
  const showcase = showcaseLesson();
  const shots = [
    { name: "home", path: "/" },
    { name: `lesson-${showcase.slug}`, path: lessonPath(showcase) },
  ];
  for (const viewport of [phone, desktop]) {
    for (const theme of ["light", "dark"] as const) {
      test(`${viewport.width} px, ${theme}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto("/");
        await page.evaluate((value) => localStorage.setItem("theme", value), theme);
        for (const shot of shots) {
          await page.goto(shot.path);
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({
            path: `e2e-artifacts/screenshots/${shot.name}-${viewport.width}-${theme}.png`,
            fullPage: true,
          });
        }
      });
    }
  }
});
