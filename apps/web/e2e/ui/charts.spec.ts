// Exploring a chart: drag across it to zoom (the range lands in the URL, "Previous range" steps
// back), change the range from the keyboard, read the count behind a point in the tooltip, hide a
// line from the legend (kept in the URL), download the chart as PNG and SVG; screenshots of the
// theme and compare pages at 1440 px and 390 px. Its own themes and documents use words no other
// spec uses, dated inside the weeks the flow's corpus covers, so other specs' numbers stay put.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { importDocuments } from "../support/import-documents";
import { screenshot } from "../support/screenshots";
import { login } from "../support/session";

test.describe.configure({ mode: "serial" });

const KELP = { name: "Kelp farming", definition: "kelp", color: "#16a34a" };
const LIGHT = { name: "Lighthouses", definition: "lighthouse*", color: "#9333ea" };
const FROM = "2024-02-05";
const TO = "2024-04-28"; // twelve weeks, Monday to Sunday

let context: BrowserContext;
let page: Page;
const ids: { kelp: string; light: string } = { kelp: "", light: "" };

function documents(): string {
  const rows: string[] = [];
  for (let w = 0; w < 12; w++) {
    const monday = new Date(`${FROM}T09:00:00Z`);
    monday.setUTCDate(monday.getUTCDate() + w * 7);
    for (let n = 0; n < 3 + (w % 4); n++) {
      const day = new Date(monday);
      day.setUTCDate(day.getUTCDate() + n);
      const kelp = n % 2 === 0;
      rows.push(
        JSON.stringify({
          title: kelp
            ? `Kelp growers expand near the cape (${w}-${n})`
            : `Old lighthouse restored on the point (${w}-${n})`,
          text: kelp
            ? "Growers of kelp report a good season along the rocky coast."
            : "Volunteers restored the lighthouse keepers' cottage and the lamp room.",
          date: day.toISOString().slice(0, 10),
          site: "Cape Chronicle",
        }),
      );
    }
  }
  return `${rows.join("\n")}\n`;
}

async function chart() {
  const box = await page.getByTestId("chart-focus").locator("[_echarts_instance_]").boundingBox();
  if (!box) throw new Error("no chart on the page");
  return box;
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
});

test("seeds two themes and twelve weeks of dated documents", async () => {
  const csrf = await login(page.request);
  const headers = { "x-csrf-token": csrf };
  for (const [key, theme] of [
    ["kelp", KELP],
    ["light", LIGHT],
  ] as const) {
    const created = await page.request.post("/api/themes", { data: theme, headers });
    expect(created.status(), await created.text()).toBe(201);
    ids[key] = (await created.json()).theme.themeId;
  }
  await importDocuments(page.request, csrf, { name: "capes.jsonl", jsonl: documents() });
});

test("a drag across the chart zooms, into the URL, and Previous range goes back", async () => {
  await page.goto(`/themes/${ids.kelp}?from=${FROM}&to=${TO}&unit=week`);
  await expect(page.getByTestId("chart-focus").locator("svg path[stroke-width]").first()).toBeVisible();
  const box = await chart();
  const y = box.y + box.height * 0.5;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await expect(page.getByTestId("chart-brush")).toBeVisible();
  await page.mouse.move(box.x + box.width * 0.8, y, { steps: 8 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(new RegExp(`from=${FROM}`));
  const zoomed = new URL(page.url());
  const from = zoomed.searchParams.get("from") ?? "";
  const to = zoomed.searchParams.get("to") ?? "";
  expect(from > FROM && from < to && to <= TO).toBe(true);
  await expect(page.getByRole("button", { name: "Reset zoom" })).toBeVisible();

  await page.getByRole("button", { name: "← Previous range" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${FROM}&to=${TO}`));
});

test("the keyboard changes the range: + zooms in, → moves it later", async () => {
  await page.goto(`/themes/${ids.kelp}?from=${FROM}&to=${TO}&unit=week`);
  const focus = page.getByTestId("chart-focus");
  await focus.focus();
  await expect(focus).toBeFocused();
  await page.keyboard.press("+");
  // 84 days → 42 around the middle; → moves by a quarter (11 days); − doubles around the middle.
  await expect(page).toHaveURL(/from=2024-02-26&to=2024-04-07/);
  await page.getByTestId("chart-focus").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/from=2024-03-08&to=2024-04-18/);
  await page.getByTestId("chart-focus").focus();
  await page.keyboard.press("-");
  await expect(page).toHaveURL(/from=2024-02-16&to=2024-05-09/);
  await page.getByRole("button", { name: "Reset zoom" }).click();
  await expect(page).not.toHaveURL(/from=/);
});

test("the tooltip shows the count behind a point", async () => {
  await page.goto(`/themes/${ids.kelp}?from=${FROM}&to=${TO}&unit=week`);
  const box = await chart();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  const line = page.locator("[data-tooltip-line]").first();
  await expect(line).toContainText("Kelp farming");
  await expect(line).toContainText(/\d+(\.\d)?% — \d+ of \d+ articles/);
});

test("a legend button hides a line, and the URL keeps it hidden", async () => {
  await page.goto(`/compare?theme=${ids.kelp}&theme=${ids.light}&from=${FROM}&to=${TO}&unit=week`);
  const purple = page.locator(`[data-testid=chart-focus] svg path[stroke="${LIGHT.color}"]`);
  await expect.poll(() => purple.count()).toBeGreaterThan(0);
  const toggle = page.getByTestId("legend-toggle").filter({ hasText: LIGHT.name });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page).toHaveURL(new RegExp(`hide=${ids.light}`));
  await expect.poll(() => purple.count()).toBe(0);
  await expect(
    page.locator(`[data-testid=chart-focus] svg path[stroke="${KELP.color}"]`).first(),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("legend-toggle").filter({ hasText: LIGHT.name })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(
    page.locator(`[data-testid=chart-focus] svg path[stroke="${KELP.color}"]`).first(),
  ).toBeVisible();
  expect(await purple.count()).toBe(0);
});

test("the chart downloads as PNG and as SVG, named after the theme and range", async () => {
  await page.goto(`/themes/${ids.kelp}?from=${FROM}&to=${TO}&unit=week`);
  await expect(page.getByTestId("chart-focus").locator("svg path[stroke-width]").first()).toBeVisible();

  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the chart as PNG" }).click(),
  ]);
  expect(png.suggestedFilename()).toBe(`kelp-farming-${FROM}-to-${TO}.png`);
  const pngBytes = await readFile((await png.path()) ?? "");
  expect(pngBytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(pngBytes.length).toBeGreaterThan(5_000);

  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the chart as SVG" }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe(`kelp-farming-${FROM}-to-${TO}.svg`);
  const svgText = await readFile((await svg.path()) ?? "", "utf8");
  expect(svgText).toMatch(/^<svg/);
  expect(svgText).toContain("Kelp farming");
  expect(svgText).toContain(`stroke="${KELP.color}"`);
});

test("Compare collections draws one line per collection with the same chart", async () => {
  const headers = { "x-csrf-token": await login(page.request) };
  const sources = await (await page.request.get("/api/sources?q=Cape&limit=5")).json();
  const cape = (sources.sources as { id: string; name: string | null }[]).find(
    (s) => s.name === "Cape Chronicle",
  );
  expect(cape, JSON.stringify(sources)).toBeDefined();
  const sides: string[] = [];
  for (const [name, body] of [
    ["Cape press", { sourceIds: [cape?.id] }],
    ["Inland press", { domains: "inland-press.example" }],
  ] as const) {
    const created = await page.request.post("/api/collections", { data: { name, ...body }, headers });
    expect(created.status(), await created.text()).toBe(201);
    sides.push((await created.json()).collection.id);
  }
  await page.goto(
    `/compare/collections?theme=${ids.kelp}&side=${sides[0]}&side=${sides[1]}&from=${FROM}&to=${TO}&unit=week`,
  );
  await expect(page.getByTestId("legend-toggle")).toHaveText(["Cape press", "Inland press"]);
  await expect(page.getByTestId("chart-focus").locator("svg path[stroke-width]").first()).toBeVisible();
  const box = await chart();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect(page.locator("[data-tooltip-line]").filter({ hasText: "Cape press" })).toContainText(
    /— \d+ of \d+ articles/,
  );
});

test("the chart, its legend and its buttons pass axe (WCAG 2 A/AA)", async () => {
  for (const url of [
    `/themes/${ids.kelp}?from=${FROM}&to=${TO}&unit=week`,
    `/compare?theme=${ids.kelp}&theme=${ids.light}&from=${FROM}&to=${TO}&unit=week&hide=${ids.light}`,
  ]) {
    await page.goto(url);
    await expect(page.getByTestId("chart-focus").locator("svg path[stroke-width]").first()).toBeVisible();
    const result = await new AxeBuilder({ page })
      .include("[data-testid=time-series-chart]")
      .withTags(["wcag2a", "wcag2aa"])
      .analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
});

test("screenshots of the chart pages at 1440 px and 390 px", async () => {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(`/themes/${ids.kelp}?from=${FROM}&to=${TO}&unit=week`);
    await expect(page.getByTestId("chart-focus").locator("svg path[stroke-width]").first()).toBeVisible();
    // Nothing on the page is wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `charts-theme-${width}`);
    await page.goto(`/compare?theme=${ids.kelp}&theme=${ids.light}&from=${FROM}&to=${TO}&unit=week`);
    await expect(page.getByTestId("chart-focus").locator("svg path[stroke-width]").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `charts-compare-${width}`);
  }
});
