// Import history on the Add page: a pasted batch is kept with who added it and what intake made of
// it, its progress (counts by status, then "Finished") follows without a reload, it is still there
// after leaving the page, its failures are one click away, and older imports are a page further.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/accessibility";
import { IMPORT_ARTICLES, IMPORT_MISSING } from "../support/import-fixtures";
import { screenshot } from "../support/screenshots";
import { fixtureUrl, login } from "../support/session";

test.describe.configure({ mode: "serial" });

test("follows a batch from added to finished, keeps it, and pages back to older imports", async ({
  page,
}) => {
  const csrf = await login(page.request);
  await page.goto("/add");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-connected", "true");
  const urls = [...Object.keys(IMPORT_ARTICLES), IMPORT_MISSING].map(fixtureUrl);
  await page.getByLabel("Article URLs").fill([...urls, "not a url"].join("\n"));
  await page.getByRole("button", { name: /^Add 4 articles/ }).click();

  const entry = page.getByTestId("import-entry").first();
  await expect(entry).toContainText("4 pasted URLs");
  await expect(entry).toContainText("admin");
  await expect(entry).toContainText("3 added, 0 already there, 1 invalid");
  // Followed live: the worker's progress reaches the page without a reload.
  await expect(entry).toHaveAttribute("data-running", "false", { timeout: 60_000 });
  await expect(entry.getByTestId("import-rate")).toContainText("Finished");
  await expect(entry.getByTestId("import-counts")).toContainText(
    "0 queued · 0 fetching · 2 extracted · 1 failed",
  );
  await expect(entry.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");
  await expectNoAxeViolations(page, "add page with import history");
  await screenshot(page, "add-import-history", { widths: [1440, 390] });

  // Still there after leaving the page; its failures are a filtered article list.
  await page.goto("/articles");
  await page.goto("/add");
  const kept = page.getByTestId("import-entry").first();
  await expect(kept).toContainText("4 pasted URLs");
  await kept.getByRole("link", { name: "1 failed" }).click();
  await expect(page).toHaveURL(/import=.*status=failed/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody")).toContainText(IMPORT_MISSING);

  // Ten more batches push it to the second page of the history.
  for (let i = 0; i < 10; i++) {
    const added = await page.request.post("/api/articles", {
      data: { urls: [`not a url ${i}`] },
      headers: { "x-csrf-token": csrf },
    });
    expect(added.status()).toBe(200);
  }
  await page.goto("/add");
  await expect(page.getByTestId("import-entry")).toHaveCount(10);
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/\/add\?page=2/);
  await expect(page.getByTestId("import-entry").first()).toContainText("4 pasted URLs");
});
