// Bulk actions on the articles list: tick rows (or the whole page, or every result of the
// filter), export the selection, re-ingest and delete after a confirmation that names the count;
// every result of a filter runs as a background bulk action whose progress (done of total, rate,
// time left) the page follows live, survives a reload and can be cancelled (the e2e worker runs
// them in paced batches of 2: global-setup.ts); a viewer sees no bulk controls and the API refuses
// them. Its own "kelp ledger" documents.
import { readFile } from "node:fs/promises";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/accessibility";
import { importDocuments } from "../support/import-documents";
import { screenshot } from "../support/screenshots";
import { login, waitForWorkerIdle } from "../support/session";

test.describe.configure({ mode: "serial" });

const DOCS = 7;

function kelpJsonl(): string {
  return `${Array.from({ length: DOCS }, (_, i) =>
    JSON.stringify({
      title: `Kelp ledger ${i + 1} records the harvest`,
      text: `The kelp ledger for bay ${i + 1} shows the harvest doubled after the new drying racks arrived.`,
      date: `2025-06-${String(i + 1).padStart(2, "0")}`,
      site: "Kelp Gazette",
    }),
  ).join("\n")}\n`;
}

test("selects, exports, re-ingests and deletes articles in bulk", async ({ page }) => {
  const csrf = await login(page.request);
  await importDocuments(page.request, csrf, { name: "kelp.jsonl", jsonl: kelpJsonl() });

  await page.goto("/articles?q=kelp&limit=5");
  const bar = page.getByTestId("bulk-bar");
  await expect(bar).toContainText("Tick articles");
  await expect(bar.getByRole("button", { name: "Delete" })).toBeDisabled();

  // Two rows, exported as CSV: exactly those two.
  await page.getByRole("checkbox", { name: "Select Kelp ledger 7 records the harvest" }).check();
  await page.getByRole("checkbox", { name: "Select Kelp ledger 6 records the harvest" }).check();
  await expect(page.getByTestId("bulk-selected")).toHaveText("Selected: 2 selected articles");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    bar.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const lines = (await readFile((await download.path()) ?? "", "utf8")).trimEnd().split("\r\n");
  expect(lines[0]?.startsWith("id,title,url,status")).toBe(true);
  expect(
    lines
      .slice(1)
      .map((l) => l.split(",")[1])
      .sort(),
  ).toEqual(["Kelp ledger 6 records the harvest", "Kelp ledger 7 records the harvest"]);

  // The whole page, then every result of the filter (more than one page).
  await page.getByRole("checkbox", { name: "Select all articles on this page" }).check();
  await expect(page.getByTestId("bulk-selected")).toHaveText("Selected: 5 selected articles");
  await bar.getByRole("button", { name: `Select all ${DOCS} results of this filter` }).click();
  await expect(page.getByTestId("bulk-selected")).toHaveText(
    `Selected: all ${DOCS} articles matching this filter`,
  );
  await expectNoAxeViolations(page, "articles with a bulk selection");
  await screenshot(page, "articles-bulk-selected", { widths: [1440, 390] });

  // Re-ingest asks first, naming the count; it runs in the background with live progress, and
  // Cancel stops it between batches. Documents with stored text have no page to fetch.
  await bar.getByRole("button", { name: "Re-ingest" }).click();
  const confirm = page.getByRole("dialog", { name: "Re-ingest articles?" });
  await expect(confirm).toContainText(`all ${DOCS} articles matching this filter`);
  await confirm.getByRole("button", { name: "Re-ingest" }).click();
  const progress = page.getByTestId("bulk-action-progress");
  await expect(progress).toHaveText(
    new RegExp(`^Re-ingesting: [1-6] of ${DOCS} \\(\\d+%\\) · [\\d.]+ a second · about \\d+ s left$`),
  );
  await expect(page.getByRole("progressbar", { name: "Bulk re-ingest progress" })).toBeVisible();
  await page.getByTestId("bulk-action").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("bulk-result")).toHaveText(
    new RegExp(
      `^Cancelled after ([1-6]) of ${DOCS}\\. Re-ingest requested for 0 articles\\. \\1 imported documents? with stored text skipped \\(no page to fetch\\)\\.$`,
    ),
  );
  const cancelled = await (await page.request.get("/api/articles/bulk/actions")).json();
  expect(cancelled.actions[0]).toMatchObject({ kind: "reingest", status: "cancelled", total: DOCS });
  expect(cancelled.actions[0].done).toBeLessThan(DOCS);
  await expectNoAxeViolations(page, "a cancelled bulk action");
  await screenshot(page, "articles-bulk-cancelled", { widths: [1440, 390] });
  await page.getByRole("button", { name: "Dismiss" }).click();

  // Delete every result of the filter: the progress is still there after a reload (the worker
  // runs it, not the page), then the outcome stays and the list is empty.
  await page.getByRole("checkbox", { name: "Select all articles on this page" }).check();
  await bar.getByRole("button", { name: `Select all ${DOCS} results of this filter` }).click();
  await bar.getByRole("button", { name: "Delete" }).click();
  const remove = page.getByRole("dialog", { name: "Delete articles?" });
  await expect(remove).toContainText(`Delete all ${DOCS} articles matching this filter`);
  await expectNoAxeViolations(page, "bulk delete confirmation");
  await screenshot(page, "articles-bulk-confirm", { widths: [1440, 390] });
  await remove.getByRole("button", { name: "Delete" }).click();
  await expect(progress).toHaveText(new RegExp(`^Deleting: [1-6] of ${DOCS} `));
  await page.reload();
  await expect(progress).toHaveText(new RegExp(`^(Deleting: \\d of ${DOCS} |Deleting all matching)`));
  await expect(page.getByTestId("bulk-result")).toHaveText(`Deleted ${DOCS} articles.`);
  await expect(page.getByText("No articles match these filters")).toBeVisible();
  await expectNoAxeViolations(page, "articles after a bulk delete");
  const left = await (await page.request.get("/api/articles?q=kelp")).json();
  expect(left.count.count).toBe(0);
});

test("a viewer sees no bulk controls and the bulk API refuses them", async ({ page, baseURL }) => {
  const csrf = await login(page.request);
  const headers = { "x-csrf-token": csrf };
  const invited = await page.request.post("/api/users", {
    headers,
    data: { username: "bulk-watcher", role: "viewer" },
  });
  const { user } = await invited.json();
  const added = await page.request.post("/api/imports", {
    headers,
    multipart: {
      file: {
        name: "kelp-one.jsonl",
        mimeType: "application/x-ndjson",
        buffer: Buffer.from(
          `${JSON.stringify({ title: "Kelp ledger for viewers", text: "A kelp ledger." })}\n`,
        ),
      },
      mode: "documents",
      textFields: "text",
      titleField: "title",
    },
  });
  expect(added.status()).toBe(200);
  await waitForWorkerIdle(page.request);
  const viewer = await playwrightRequest.newContext({ baseURL });
  try {
    await viewer.post("/api/auth/login", { data: { username: "bulk-watcher", password: user.password } });
    const html = await (await viewer.get("/articles?q=kelp")).text();
    expect(html).toContain("Kelp ledger for viewers");
    expect(html).not.toContain('data-testid="bulk-bar"');
    expect(html).not.toContain("Select all articles on this page");
    const state = await viewer.storageState();
    const viewerCsrf = state.cookies.find((c) => c.name === "tidemark_csrf")?.value ?? "";
    const refused = await viewer.post("/api/articles/bulk/delete", {
      headers: { "x-csrf-token": viewerCsrf },
      data: { filter: {} },
    });
    expect(refused.status()).toBe(403);
    expect((await (await page.request.get("/api/articles?q=kelp")).json()).count.count).toBe(1);
  } finally {
    await page.request.post("/api/articles/bulk/delete", { headers, data: { filter: "q=kelp" } });
    await viewer.dispose();
    await page.request.delete(`/api/users/${user.id}`, { headers });
  }
});
