// The analyst's flow in the browser, against the built app and the real worker: log in, define
// a theme (seeing a syntax error inline first), import a corpus file, paste three URLs and watch
// two extract and one fail, see the new articles counted in the theme's chart, edit the theme
// and watch the preview change, export a CSV and check its rows. Screenshots of every page.
import { readFile } from "node:fs/promises";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { corpusJsonl, EXPECTED_PRIVACY_DOCS, privacyDocsInWeek } from "../support/corpus";
import { screenshot } from "../support/screenshots";
import { fixtureUrl, waitForWorkerIdle } from "../support/session";
import { E2E_TARGETS } from "../support/targets";

test.describe.configure({ mode: "serial" });

let context: BrowserContext;
let page: Page;
let themeUrl = "";
/** Matches of the theme among the articles the API project added (one dated privacy article). */
const FROM_API_PROJECT = 1;

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
});

async function csrf(): Promise<string> {
  return (await context.cookies()).find((c) => c.name === "tidemark_csrf")?.value ?? "";
}

async function matchingStat(): Promise<number> {
  const text = (await page.getByTestId("stat-matching").textContent()) ?? "";
  return Number(text.replaceAll(",", ""));
}

test("logs in with the keyboard", async () => {
  await page.goto("/themes");
  await expect(page).toHaveURL(/\/login\?next=%2Fthemes/);
  await page.getByLabel("Username").fill("admin");
  await page.getByLabel("Password").fill(E2E_TARGETS.adminPassword);
  await page.getByLabel("Password").press("Enter");
  await expect(page.getByRole("heading", { name: "Themes", level: 1 })).toBeVisible();
});

test("defines a theme, with a syntax error shown inline first", async () => {
  await page.goto("/themes/new");
  const definition = page.getByLabel("Definition", { exact: true });
  await definition.fill('"data privacy" OR (user data');
  await expect(page.getByText(/Syntax error at line 1, column \d+/)).toBeVisible();
  await definition.fill('"data privacy" OR "user data"');
  await expect(page.getByText(/Syntax error/)).toHaveCount(0);
  await page.getByLabel("Name", { exact: true }).fill("Data privacy");
  await page.getByRole("button", { name: "Create theme" }).click();
  await expect(page).toHaveURL(/\/themes\/[0-9a-f-]{36}$/);
  themeUrl = new URL(page.url()).pathname;

  // Three more themes through the API, for Compare.
  for (const [name, def, color] of [
    ["Elections", "election* OR ballot*", "#dc2626"],
    ["Climate", 'climate OR "heat wave"', "#16a34a"],
    ["Trade war", 'tariff* OR "trade war"', "#ea580c"],
  ]) {
    const response = await page.request.post("/api/themes", {
      data: { name, definition: def, color },
      headers: { "x-csrf-token": await csrf() },
    });
    expect(response.status()).toBe(201);
  }
});

test("imports a corpus file as documents", async () => {
  await page.goto("/add");
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "corpus.jsonl",
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(corpusJsonl()),
  });
  await page.getByLabel("a document with its own text").check();
  await page.getByLabel("Text field(s)").fill("text");
  await page.getByLabel("Title field").fill("title");
  await page.getByLabel("Date field").fill("date");
  await page.getByLabel("Outlet field").fill("site");
  await page.getByRole("button", { name: "Import file" }).click();
  await expect(page.getByText(/records read as JSONL/)).toBeVisible();
  const lines = corpusJsonl().trim().split("\n").length;
  // The result line (the import history below repeats the count once it lists this import).
  await expect(page.getByText(`${lines} added`, { exact: false }).first()).toBeVisible();
  // Wait until the worker has extracted every document and tagged it with every theme.
  await waitForWorkerIdle(page.request);
});

test("pastes three URLs and watches two extract and one fail, live", async () => {
  await page.goto(themeUrl);
  const before = await matchingStat();
  expect(before).toBe(EXPECTED_PRIVACY_DOCS + FROM_API_PROJECT);

  await page.goto("/add");
  const urls = [
    fixtureUrl("/news/privacy-fine"),
    fixtureUrl("/news/user-data-law"),
    fixtureUrl("/news/missing"),
  ];
  await page.getByLabel("Article URLs").fill(urls.join("\n"));
  await page.getByRole("button", { name: "Add 3 articles" }).click();
  const results = page.getByTestId("intake-results");
  await expect(results.locator("li")).toHaveCount(3);
  await expect(results.getByText("Extracted")).toHaveCount(2, { timeout: 45_000 });
  await expect(results.getByText("Failed", { exact: true })).toHaveCount(1);
  await expect(results.getByTestId("failure-reason")).toContainText("404");
  await screenshot(page, "02-add-articles");

  // Open the theme: the two new articles are counted, in the stats and in the chart's numbers.
  await page.goto(themeUrl);
  await expect.poll(matchingStat, { timeout: 30_000 }).toBe(before + 2);
  // The theme's line is drawn (in its colour) in the chart.
  await expect
    .poll(() => page.locator('[_echarts_instance_] svg path[stroke="#2563eb"]').count())
    .toBeGreaterThan(0);
  await page.getByText(/Show the numbers/).click();
  const lastWeek = page.getByRole("row", { name: /week of 24 Jun 2024/ });
  // The imported privacy documents of that week, and the two articles just added.
  await expect(lastWeek.getByRole("link")).toHaveText(String(privacyDocsInWeek("2024-06-24") + 2));
  await screenshot(page, "05-theme");
});

test("edits the theme and sees the preview change before saving", async () => {
  const before = EXPECTED_PRIVACY_DOCS + FROM_API_PROJECT + 2;
  await page.goto(`${themeUrl}/edit`);
  await expect(page.getByTestId("preview-matched")).toHaveText(before.toLocaleString("en-US"));
  await expect(page.getByTestId("preview-saved")).toHaveText(before.toLocaleString("en-US"));
  await page.getByLabel("Definition", { exact: true }).fill('"data privacy"');
  // "Lawmakers agree on new rules for user data" no longer matches.
  await expect(page.getByTestId("preview-matched")).toHaveText((before - 1).toLocaleString("en-US"));
  await expect(page.getByText("−1 with this edit")).toBeVisible();
  await page.getByLabel(/Note for v2/).fill("Phrase only");
  await screenshot(page, "06-theme-edit");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`${themeUrl}$`));
  // The series switch to v2 when its backfill completes (the page refreshes itself).
  await expect.poll(matchingStat, { timeout: 45_000, intervals: [1_000] }).toBe(before - 1);
  await expect(page.getByText("numbers shown")).toBeVisible();
});

test("exports the theme's series as clean CSV, with the chart's numbers", async () => {
  await page.goto(themeUrl);
  const expected = await matchingStat();
  await page.getByRole("button", { name: "Download series" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: /CSV/ }).click(),
  ]);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  // Clean CSV: the header row first (the stamp travels in the response headers).
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("bucket,theme,theme_version,count,total,share,undated_count,undated_total");
  const rows = lines.slice(1).map((l) => l.split(","));
  expect(rows.length).toBeGreaterThan(20);
  expect(rows.every((r) => r[1] === "data-privacy" && r[2] === "2")).toBe(true);
  expect(rows.reduce((sum, r) => sum + Number(r[3]), 0)).toBe(expected);
});

test("every page renders with data (screenshots for review)", async () => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect
    .poll(() => page.locator("[_echarts_instance_] svg path[stroke-width]").count())
    .toBeGreaterThan(3);
  await screenshot(page, "01-overview");

  await page.goto("/articles");
  await expect(
    page.getByRole("link", { name: "Regulator fines app maker over data privacy failures" }),
  ).toBeVisible();
  await screenshot(page, "03-articles");

  await page.getByRole("link", { name: "Regulator fines app maker over data privacy failures" }).click();
  await expect(page.getByText("date from a meta tag")).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await screenshot(page, "04-article");

  await page.goto("/themes");
  await expect(page.getByRole("link", { name: "Data privacy" })).toBeVisible();
  await screenshot(page, "07-themes");

  await page.goto("/compare");
  await expect(page.getByRole("heading", { name: "Source × theme" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Co-occurrence" })).toBeVisible();
  await screenshot(page, "08-compare");

  // Subscribe to a feed by its site's address; run it now and see what it found.
  // Other specs may have left schedules behind: everything below is scoped to this feed's row.
  await page.goto("/schedules");
  await expect(page.getByRole("heading", { name: "New schedule" })).toBeVisible();
  await page.getByLabel("What it does").selectOption("feed");
  await page.getByLabel("Feed or site address").fill(fixtureUrl("/site"));
  await page.getByRole("button", { name: "Create schedule" }).click();
  // Named after the feed's own title, not its host.
  await expect(page.getByRole("link", { name: "Fixture Gazette" })).toBeVisible();
  const feedRow = page.getByRole("row", { name: /Fixture Gazette/ });
  // "Run now" polls the feed: both items are found (new, or already known if the interval's own
  // first run got there first; an interval's first run is one interval after its creation).
  await feedRow.getByRole("button", { name: "Run now" }).click();
  await expect
    .poll(
      async () => {
        await page.reload();
        return feedRow.getByText(/^2 found, 2 (new|already known)$/).count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  await screenshot(page, "11-schedules");
  await page.goto(`/articles?q=${encodeURIComponent("messaging apps")}`);
  await expect(
    page.getByRole("link", { name: "Ministry publishes list of approved messaging apps" }),
  ).toBeVisible();

  await page.goto("/health");
  await expect(page.getByText("127.0.0.1", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Feeds and sitemaps" })).toBeVisible();
  await screenshot(page, "09-health");

  await page.goto("/settings");
  await page.getByLabel("New token name").fill("screenshot token");
  await page.getByLabel("New token name").press("Enter");
  await expect(page.getByTestId("new-token")).toContainText("tm_");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "screenshot token" })).toBeVisible();
  await screenshot(page, "10-settings");

  // A deleted or unknown article says so inside the app's layout.
  await page.goto("/articles/00000000-0000-7000-8000-000000000000");
  await expect(page.getByText("Not found", { exact: true })).toBeVisible();

  // Log out from the user menu.
  await page.getByRole("button", { name: /admin/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get("/api/themes")).status()).toBe(401);
});
