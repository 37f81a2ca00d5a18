// The first run (issue 13, point 1), on the fresh database before any other spec adds data (the
// `first-run` project runs first): the overview's first-steps panel with its three steps, a step
// ticked once done, the panel hidden on request; the demo corpus's progress on the overview
// (updating without a reload) and its one-click removal in Settings, carried out by the worker.
// Not covered here: loading the real 10,000-record demo corpus (`npm start` asks for it; far too
// slow for this suite, and it would change every other spec's numbers) — the demo rows below are
// set in the database, as a load in progress and a finished load would leave them.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/accessibility";
import { sql } from "../support/database";
import { REVIEW_WIDTHS, screenshot } from "../support/screenshots";
import { login } from "../support/session";

test.describe.configure({ mode: "serial" });

/** A corpus no manifest names: the worker skips it, so its "loading" row stays as set here. */
const LOADING = { name: "e2e-demo-loading", title: "E2E demo headlines" };
/** The shipped corpus's name, as a finished load leaves it (none of its articles are present). */
const SHIPPED = "huffpost-10k";

const STEP_TITLES = ["Add an article by its URL", "Subscribe to a feed", "Write a theme"];

test.afterAll(async () => {
  await sql("DELETE FROM demo_corpora WHERE name = ANY($1)", [[LOADING.name, SHIPPED]]);
  // Later specs see the panel as a first run would (hidden only by their own steps).
  await sql("UPDATE first_steps SET dismissed_at = NULL");
});

test("the overview shows the first steps, ticks one once done, and hides on request", async ({ page }) => {
  const csrf = await login(page.request);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "First steps" })).toBeVisible();
  const panel = page.locator("ol").filter({ hasText: "Write a theme" });
  const steps = panel.getByRole("listitem");
  await expect(steps).toHaveCount(3);
  for (const [i, title] of STEP_TITLES.entries())
    await expect(steps.nth(i)).toContainText(`${i + 1}.${title}`);
  await expect(panel.getByRole("link", { name: "Add articles →" })).toHaveAttribute("href", "/add");
  await expect(panel.getByRole("link", { name: "Add a schedule →" })).toHaveAttribute("href", "/schedules");
  await expect(panel.getByRole("link", { name: "New theme →" })).toHaveAttribute("href", "/themes/new");
  await screenshot(page, "first-run-overview", { widths: REVIEW_WIDTHS });
  await expectNoAxeViolations(page, "the overview with the first steps");

  // Writing a theme ticks its step (and the step stays done after the theme is gone).
  const created = await page.request.post("/api/themes", {
    data: { name: "First-run theme", definition: "firstrunword" },
    headers: { "x-csrf-token": csrf },
  });
  expect(created.status(), await created.text()).toBe(201);
  const themeId: string = (await created.json()).theme.themeId;
  await page.reload();
  await expect(steps.nth(2)).toContainText("✓Write a theme (done)");
  await expect(panel.getByRole("link", { name: "New theme →" })).toHaveCount(0);
  await expect(steps.nth(0)).toContainText("1.Add an article by its URL");
  expect(
    (await page.request.delete(`/api/themes/${themeId}`, { headers: { "x-csrf-token": csrf } })).ok(),
  ).toBe(true);
  await page.reload();
  await expect(steps.nth(2)).toContainText("(done)");

  await page.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(page.getByRole("heading", { name: "First steps" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "First steps" })).toHaveCount(0);
});

test("the demo corpus's progress shows on the overview and follows the load without a reload", async ({
  page,
}) => {
  await login(page.request);
  await sql(
    `INSERT INTO demo_corpora (name, title, credit, status, total, filed, updated_at)
     VALUES ($1, $2, 'E2E fixture (nobody), CC0', 'loading', 2000, 500, now())`,
    [LOADING.name, LOADING.title],
  );
  await page.goto("/");
  const progress = page.getByTestId("demo-progress");
  await expect(progress).toContainText(`Loading the demo corpus: ${LOADING.title}`);
  await expect(progress).toContainText("Filing: 500 of 2,000 records");
  await expect(progress.locator("progress")).toHaveAttribute("value", "500");
  await screenshot(page, "first-run-demo-progress", { widths: REVIEW_WIDTHS });
  await expectNoAxeViolations(page, "the overview with the demo progress");

  await page.evaluate(() => {
    (window as unknown as { demoMarker: number }).demoMarker = 1;
  });
  await sql("UPDATE demo_corpora SET filed = 1500 WHERE name = $1", [LOADING.name]);
  await expect(progress).toContainText("Filing: 1,500 of 2,000 records");
  await sql("UPDATE demo_corpora SET status = 'loaded', filed = 2000 WHERE name = $1", [LOADING.name]);
  // Loaded, nothing left to extract: the progress goes away by itself.
  await expect(progress).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { demoMarker?: number }).demoMarker)).toBe(1);
  await sql("DELETE FROM demo_corpora WHERE name = $1", [LOADING.name]);
});

test("Settings removes the demo data in one click, and the worker carries it out", async ({ page }) => {
  await login(page.request);
  await sql(
    `INSERT INTO demo_corpora (name, title, credit, status, total, filed, updated_at)
     VALUES ($1, 'HuffPost headlines (e2e row)', 'News Category Dataset (Rishabh Misra), CC BY 4.0', 'loaded', 10000, 0, now())`,
    [SHIPPED],
  );
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Demo data" })).toBeVisible();
  const card = page.getByRole("listitem").filter({ hasText: "HuffPost headlines (e2e row)" });
  await expect(card).toBeVisible();
  await expect(card).toContainText("CC BY 4.0 · loaded");
  await screenshot(page, "first-run-settings-demo", { widths: REVIEW_WIDTHS });
  await expectNoAxeViolations(page, "Settings with the demo data");

  await card.getByRole("button", { name: "Remove the demo data" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove the demo data?" });
  await expect(dialog).toContainText("Your own articles, themes and schedules stay");
  await dialog.getByRole("button", { name: "Remove the demo data" }).click();
  // The worker deletes the corpus's articles and marks it removed; the page offers to load it again.
  await expect
    .poll(
      async () => {
        await page.reload();
        return (await card.textContent()) ?? "";
      },
      { timeout: 30_000 },
    )
    .toContain("· removed");
  await expect(card.getByRole("button", { name: "Load the demo data again" })).toBeVisible();
  const row = await sql("SELECT status FROM demo_corpora WHERE name = $1", [SHIPPED]);
  expect(row.rows[0]?.status).toBe("removed");
});
