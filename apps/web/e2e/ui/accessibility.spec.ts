// Every page of the dashboard, with data, checked the way a screen-reader, keyboard or phone user
// meets it: axe-core with the WCAG 2 A/AA rules at 1440 px and at 390 px (any violation fails),
// nothing wider than a 390 px phone, and screenshots at both widths for review. The theme editor
// is walked with the keyboard: a visible focus ring on every stop, the save button reached, no trap.
// Specs share one database in alphabetical order: this one makes its own outlets, theme, articles,
// collections, schedule and alert rule (an apiary beat no other spec searches for).
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "../support/accessibility";
import { importDocuments } from "../support/import-documents";
import { screenshot } from "../support/screenshots";
import { eventually, login } from "../support/session";

// Not serial: a page with violations must not hide the login and keyboard checks after it.

const PHONE = 390;
const DESKTOP = 1440;
const OUTLETS = ["Apiary Courier", "Apiary Times", "Apiary Wire"];

interface Made {
  themeId: string;
  articleId: string;
  scheduleId: string;
  collectionIds: string[];
}
let made: Made | undefined;

/** Twelve weeks of an apiary beat from three outlets: a theme with a shape, a story, quotes. */
function apiaryJsonl(): string {
  const lines: string[] = [];
  for (let w = 0; w < 12; w++) {
    for (const [i, site] of OUTLETS.entries()) {
      const day = new Date(Date.UTC(2025, 2, 3 + w * 7 + i));
      const date = day.toISOString().slice(0, 10);
      for (let k = 0; k < 1 + ((w + i) % 3); k++) {
        lines.push(
          JSON.stringify({
            title: `Beekeepers ${w}-${i}-${k} count hives after a long winter`,
            text: `Beekeepers in the valley counted their hives this week. "We lost a third of the colonies to the cold," said Marta Olsen, who chairs the regional beekeeping association. Honey prices are expected to rise in week ${w}.`,
            date,
            site,
          }),
        );
      }
      lines.push(
        JSON.stringify({
          title: `Orchard ${w}-${i} opens its gates for the spring walk`,
          text: `The orchard welcomed walkers on Saturday; the blossom came early this year, said the owners of orchard number ${w}-${i}.`,
          date,
          site,
        }),
      );
    }
  }
  // One event told by all three outlets on the same day: a story.
  for (const site of OUTLETS) {
    lines.push(
      JSON.stringify({
        title: "Rare wild bee species found nesting in the old apiary wall",
        text: `Researchers found a rare wild bee species nesting in the stone wall of the old apiary on Tuesday, the first record in the region for forty years. "It is a remarkable find," said Jonas Berg, an entomologist at the university, reported by ${site}.`,
        date: "2025-05-20",
        site,
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}

async function setUp(page: Page): Promise<Made> {
  const csrf = await login(page.request);
  const headers = { "x-csrf-token": csrf };
  const theme = await page.request.post("/api/themes", {
    data: { name: "Beekeeping", definition: "beekeep* OR hive* OR honey", color: "#b45309" },
    headers,
  });
  expect(theme.status(), await theme.text()).toBe(201);
  const themeId: string = (await theme.json()).theme.themeId;

  await importDocuments(page.request, csrf, { name: "apiary.jsonl", jsonl: apiaryJsonl() });

  const found = await (
    await page.request.get(`/api/articles?q=${encodeURIComponent('"rare wild bee"')}&limit=5`)
  ).json();
  const articleId: string = found.articles[0].id;

  const sources = (await (await page.request.get("/api/sources?q=Apiary")).json()).sources as {
    id: string;
    name: string | null;
  }[];
  const idOf = (name: string) => sources.find((s) => s.name === name)?.id ?? "";
  const collectionIds: string[] = [];
  for (const [name, members, kind] of [
    ["Apiary national press", [idOf("Apiary Courier"), idOf("Apiary Times")], "national"],
    ["Apiary wire services", [idOf("Apiary Wire")], "wire"],
  ] as const) {
    const created = await page.request.post("/api/collections", {
      data: { name, kind, sourceIds: members },
      headers,
    });
    expect(created.status(), await created.text()).toBe(201);
    collectionIds.push((await created.json()).collection.id);
  }

  const schedule = await page.request.post("/api/schedules", {
    data: {
      name: "Apiary nightly re-check",
      cron: "0 3 * * *",
      kind: "reingest",
      params: { scope: "theme", themeId },
    },
    headers,
  });
  expect(schedule.status(), await schedule.text()).toBe(201);
  const scheduleId: string = (await schedule.json()).schedule.id;

  const alert = await page.request.post("/api/alerts", {
    data: {
      name: "Apiary spike",
      kind: "spike",
      themeId,
      sourceId: null,
      threshold: null,
      windowHours: 24,
      digest: "daily",
      webhookUrl: null,
      webhookFormat: "json",
      webhookSecret: null,
      emailTo: "desk@example.org",
      enabled: true,
    },
    headers,
  });
  expect(alert.status(), await alert.text()).toBe(201);
  return { themeId, articleId, scheduleId, collectionIds };
}

/** Axe at both widths, the phone-width check, and a screenshot at each width. */
async function checkPage(page: Page, name: string, path: string, ready: (page: Page) => Promise<void>) {
  await page.setViewportSize({ width: DESKTOP, height: 900 });
  await page.goto(path);
  await expect(page.locator("h1").first()).toBeVisible();
  await ready(page);
  await expectNoAxeViolations(page, `${name} at ${DESKTOP} px`);
  await screenshot(page, `a11y-${name}`, { widths: [DESKTOP, PHONE] });
  await page.setViewportSize({ width: PHONE, height: 900 });
  await expectNoHorizontalOverflow(page, name);
  await expectNoAxeViolations(page, `${name} at ${PHONE} px`);
  await page.setViewportSize({ width: DESKTOP, height: 900 });
}

test("creates an apiary beat to look at", async ({ page }) => {
  made = await setUp(page);
});

test("every page passes axe (WCAG 2 A/AA) and fits a 390 px phone", async ({ page }) => {
  test.setTimeout(900_000);
  if (!made) throw new Error("the set-up test did not run");
  const m = made;
  await login(page.request);
  const nothing = async () => {};
  const charted = async (p: Page) => {
    await expect.poll(() => p.locator("[_echarts_instance_] svg").count()).toBeGreaterThan(0);
  };
  const pages: [string, string, (p: Page) => Promise<void>][] = [
    ["overview", "/", charted],
    ["add", "/add", nothing],
    [
      "articles",
      "/articles?q=beekeepers",
      (p) => expect(p.getByRole("link", { name: /Beekeepers/ }).first()).toBeVisible(),
    ],
    [
      "article",
      `/articles/${m.articleId}`,
      (p) => expect(p.getByText(/rare wild bee species/).first()).toBeVisible(),
    ],
    ["themes", "/themes", (p) => expect(p.getByRole("link", { name: "Beekeeping" })).toBeVisible()],
    ["theme", `/themes/${m.themeId}`, charted],
    ["theme-new", "/themes/new", nothing],
    [
      "theme-edit",
      `/themes/${m.themeId}/edit`,
      (p) => expect(p.getByTestId("preview-matched")).not.toHaveText(""),
    ],
    ["compare", `/compare?theme=${m.themeId}`, charted],
    [
      "compare-collections",
      `/compare/collections?theme=${m.themeId}&side=${m.collectionIds[0]}&side=${m.collectionIds[1]}`,
      (p) => expect(p.getByRole("link", { name: "Apiary wire services" })).toBeVisible(),
    ],
    ["health", "/health?days=365", nothing],
    ["settings", "/settings", nothing],
    [
      "schedules",
      "/schedules",
      (p) => expect(p.getByRole("link", { name: "Apiary nightly re-check" })).toBeVisible(),
    ],
    ["schedule", `/schedules/${m.scheduleId}`, nothing],
    ["sources", "/sources", (p) => expect(p.getByText("Apiary Courier").first()).toBeVisible()],
    [
      "collection",
      `/sources/collections/${m.collectionIds[0]}`,
      (p) => expect(p.getByText("Apiary Times").first()).toBeVisible(),
    ],
    ["stories", "/stories", nothing],
    ["voices", "/voices", nothing],
    ["alerts", "/alerts", (p) => expect(p.getByText("Apiary spike").first()).toBeVisible()],
  ];
  // A11Y_PAGES=theme,health checks only those pages (while fixing them); unset, every page.
  const only = process.env.A11Y_PAGES?.split(",");
  for (const [name, path, ready] of pages.filter(([n]) => !only || only.includes(n))) {
    await test.step(name, () => checkPage(page, name, path, ready));
  }
});

test("the login page passes axe and fits a phone", async ({ browser }: { browser: Browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await checkPage(page, "login", "/login", (p) => expect(p.getByLabel("Username")).toBeVisible());
  await context.close();
});

test("the theme editor works from the keyboard: visible focus on every stop, no trap", async ({ page }) => {
  await login(page.request);
  const themes = (await (await page.request.get("/api/themes")).json()).themes as {
    id: string;
    name: string;
  }[];
  const theme = themes.find((t) => t.name === "Beekeeping");
  if (!theme) throw new Error("the set-up test did not create the Beekeeping theme");
  await page.goto(`/themes/${theme.id}/edit`);
  const definition = page.getByLabel("Definition", { exact: true });
  await definition.focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" OR apiar*");
  await expect(page.getByText("with this edit")).toBeVisible();
  const stops: string[] = [];
  let reachedSave = false;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== "none" && style.outlineWidth !== "0px";
      const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
      const label =
        el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30) ?? el.getAttribute("name") ?? "";
      return {
        label: `${el.tagName.toLowerCase()} ${label}`,
        visible: ring || shadow,
        inMain: !!el.closest("main"),
      };
    });
    if (!stop) break;
    stops.push(stop.label);
    expect.soft(stop.visible, `focus ring on ${stop.label}`).toBe(true);
    if (/Save changes/.test(stop.label)) reachedSave = true;
    // Focus left the editor forwards: no trap.
    if (reachedSave && !stop.inMain) break;
  }
  expect(reachedSave, `tab stops: ${stops.join(" | ")}`).toBe(true);
  // Shift+Tab goes back the same way; Escape or Tab never keeps focus inside the definition.
  await definition.focus();
  await page.keyboard.press("Tab");
  await expect(definition).not.toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(definition).toBeFocused();
  await eventually(async () => ((await definition.inputValue()).includes("apiar*") ? true : undefined));
});
