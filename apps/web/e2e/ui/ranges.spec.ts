// A chart view's range controls (issue 13, points 2 and 6): the quick ranges (7 d … All) apply at
// once — no Apply button, no page load — and live in the URL; the default range reaches the day
// undated articles are counted under, so their fallback shows; and the one shared time-zone
// picker is searched by typing part of a zone's name, after which the URL, the chart's caption and
// its numbers follow the zone. Its theme and documents ("geyser") are its own.
import { expect, type Page, test } from "@playwright/test";
import { importDocuments } from "../support/import-documents";
import { REVIEW_WIDTHS, screenshot } from "../support/screenshots";
import { login } from "../support/session";

test.describe.configure({ mode: "serial" });

/** Late on 4 March in UTC, already 5 March in Tokyo (UTC+9). */
const LATE = "2024-03-04T23:30:00Z";
const DATED = ["2024-02-20", "2024-02-27", LATE, "2024-03-08"];
let themeId = "";

function jsonl(): string {
  const dated = DATED.map((date, i) =>
    JSON.stringify({
      title: `Geyser erupts on schedule (${i})`,
      text: "Visitors watched the geyser erupt again this morning.",
      date,
      site: "Basin Bulletin",
    }),
  );
  // No date at all: counted under the day it was added, as the undated fallback.
  const undated = JSON.stringify({
    title: "Geyser basin guide",
    text: "A short guide to the geyser basin and its boardwalks.",
    site: "Basin Bulletin",
  });
  return `${[...dated, undated].join("\n")}\n`;
}

test.beforeAll(async ({ request }) => {
  const csrf = await login(request);
  const created = await request.post("/api/themes", {
    data: { name: "Geysers", definition: "geyser*", color: "#0891b2" },
    headers: { "x-csrf-token": csrf },
  });
  expect(created.status(), await created.text()).toBe(201);
  themeId = (await created.json()).theme.themeId;
  await importDocuments(request, csrf, { name: "geysers.jsonl", jsonl: jsonl() });
});

function undatedStat(page: Page) {
  return page.locator("dt", { hasText: "Undated fallback" }).locator("xpath=following-sibling::dd");
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Opens the chart's numbers table (a <details> that keeps its state across client navigation). */
async function openNumbers(page: Page): Promise<void> {
  const details = page.locator("details", { has: page.getByText(/^Show the numbers/) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.getByText(/^Show the numbers/).click();
  await expect(details).toHaveAttribute("open", "");
}

async function markPage(page: Page): Promise<void> {
  // A marker on window survives client-side navigation, not a page load.
  await page.evaluate(() => {
    (window as unknown as { rangeMarker: number }).rangeMarker = 1;
  });
}

async function expectSamePage(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { rangeMarker?: number }).rangeMarker)).toBe(1);
}

test("the default range includes the undated fallback, and quick ranges apply at once into the URL", async ({
  page,
}) => {
  await login(page.request);
  await page.goto(`/themes/${themeId}`);
  await expect(page.getByRole("button", { name: "All", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByTestId("stat-matching")).toHaveText(String(DATED.length));
  await expect(undatedStat(page)).toHaveText(/^1 of \d/);
  // No Apply button where script runs (it is only the no-script fallback).
  await expect(page.getByRole("button", { name: "Apply" })).toHaveCount(0);
  await markPage(page);

  const from = page.getByLabel("From", { exact: true });
  const to = page.getByLabel("To", { exact: true });
  for (const [label, value, span] of [
    ["7 d", "7d", 6],
    ["30 d", "30d", 29],
    ["90 d", "90d", 89],
    ["1 y", "1y", 364],
  ] as const) {
    await page.getByRole("button", { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]range=${value}(&|$)`));
    await expect(page.getByRole("button", { name: label, exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(new URL(page.url()).searchParams.get("from")).toBeNull();
    // A rolling range: it ends on the latest day with data and spans the quick range's days.
    await expect.poll(async () => daysBetween(await from.inputValue(), await to.inputValue())).toBe(span);
    // The dated articles are from 2024; the undated one is counted under today, inside every range.
    await expect(undatedStat(page)).toHaveText(/^1 of \d/);
    await expectSamePage(page);
  }
  await expect(page.getByTestId("stat-matching")).toHaveText("0");
  await screenshot(page, "ranges-quick", { widths: REVIEW_WIDTHS });

  // The URL holds the range: a reload (or a shared link) opens the same view.
  await page.reload();
  await expect(page.getByRole("button", { name: "1 y", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await markPage(page);
  await page.getByRole("button", { name: "All", exact: true }).click();
  await expect(page).toHaveURL(/[?&]range=all(&|$)/);
  await expect(page.getByTestId("stat-matching")).toHaveText(String(DATED.length));
  await expectSamePage(page);
});

test("the time-zone picker is searched by typing; the URL, caption and numbers follow", async ({ page }) => {
  await login(page.request);
  await page.goto(`/themes/${themeId}?from=2024-03-01&to=2024-03-10&unit=day`);
  const zone = page.getByRole("combobox", { name: "Time zone" });
  await expect(zone).toHaveValue("UTC");
  // The zones are not in the page: the list is built in the browser when searched.
  await expect(page.locator('[role=listbox][aria-label="Time zones"] [role=option]')).toHaveCount(0);
  expect(await page.content()).not.toContain("Pacific/Kiritimati");

  await openNumbers(page);
  const row = (day: string) => page.getByRole("row", { name: new RegExp(`^${day}`) });
  await expect(row("4 Mar 2024").getByRole("link").first()).toHaveText("1");
  await expect(row("5 Mar 2024").getByRole("link").first()).toHaveText("0");

  await markPage(page);
  await zone.click();
  await zone.fill("toky");
  const listbox = page.getByRole("listbox", { name: "Time zones" });
  await expect(listbox).toBeVisible();
  await expect(listbox.getByRole("option").first()).toHaveText("Asia/Tokyo");
  await screenshot(page, "ranges-time-zone-search", { widths: REVIEW_WIDTHS });
  await listbox.getByRole("option", { name: "Asia/Tokyo" }).click();

  await expect(page).toHaveURL(/[?&]tz=Asia%2FTokyo(&|$)/);
  await expect(zone).toHaveValue("Asia/Tokyo");
  await expect(page.getByText(/· by day · Asia\/Tokyo/)).toBeVisible();
  // 23:30 UTC on 4 March is 08:30 on 5 March in Tokyo: the article moves to the next day.
  await openNumbers(page);
  await expect(row("5 Mar 2024").getByRole("link").first()).toHaveText("1");
  await expect(row("4 Mar 2024").getByRole("link").first()).toHaveText("0");
  await expectSamePage(page);

  // By keyboard: type part of a city, arrows move, Enter picks.
  await zone.click();
  await zone.fill("new y");
  await expect(page.getByRole("listbox", { name: "Time zones" }).getByRole("option").first()).toHaveText(
    "America/New York",
  );
  await zone.press("Enter");
  await expect(page).toHaveURL(/[?&]tz=America%2FNew_York(&|$)/);
  await expect(zone).toHaveValue("America/New_York");
  await expect(page.getByText(/· by day · America\/New_York/)).toBeVisible();
});
