// Queries pasted from other tools in the theme editor (issue 13, point 10): Lucene proximity
// `"a b"~N` is accepted and shown as the NEAR/N it is read as, `title:` restricts a term to the
// title (the preview's evidence comes from the title), and another tool's operators are refused
// with what to write instead — never accepted to match nothing. Its documents use "tiktok", which
// no other spec's corpus contains, so the preview's counts are this spec's own.
import { expect, type Page, test } from "@playwright/test";
import { importDocuments } from "../support/import-documents";
import { REVIEW_WIDTHS, screenshot } from "../support/screenshots";
import { login } from "../support/session";

test.describe.configure({ mode: "serial" });

const DOCS = {
  titleBan: {
    title: "Lawmakers weigh a tiktok ban",
    text: "The vote is set for next week, aides said.",
    date: "2024-03-05",
  },
  nearInText: {
    title: "Teenagers shrug at new app rules",
    text: "Many said tiktok could face a ban, but few of them cared.",
    date: "2024-03-06",
  },
  farApart: {
    title: "Dance trends of the summer",
    text: "On tiktok, dance videos led the charts this year. Separately, the city council discussed a ban on fireworks near the river.",
    date: "2024-03-07",
  },
} as const;

function jsonl(): string {
  return `${Object.values(DOCS)
    .map((d) => JSON.stringify({ ...d, site: "Query Courier" }))
    .join("\n")}\n`;
}

async function typeDefinition(page: Page, definition: string): Promise<void> {
  const box = page.getByLabel("Definition", { exact: true });
  await box.fill(definition);
  await expect(box).toHaveValue(definition);
}

/** The preview's sample titles once it shows `count` matches for the current definition. */
async function expectPreview(page: Page, count: number, titles: string[]): Promise<void> {
  await expect(page.getByTestId("preview-matched")).toHaveText(String(count));
  const preview = page.getByRole("region", { name: /preview/i });
  for (const title of titles) await expect(preview.getByRole("link", { name: title })).toBeVisible();
}

test.beforeAll(async ({ request }) => {
  const csrf = await login(request);
  await importDocuments(request, csrf, { name: "query-syntax.jsonl", jsonl: jsonl() });
});

test('"tiktok ban"~5 is read as tiktok NEAR/5 ban, shown, previewed and saved', async ({ page }) => {
  await login(page.request);
  await page.goto("/themes/new");
  // The plain AND matches all three; the proximity only the two where the words are close.
  await typeDefinition(page, "tiktok AND ban");
  await expectPreview(page, 3, [DOCS.farApart.title]);

  await typeDefinition(page, '"tiktok ban"~5');
  const warning = page.getByRole("status").filter({ hasText: "is read as" });
  await expect(warning).toContainText('"tiktok ban"~5 at column 1 is read as tiktok NEAR/5 ban');
  await expect(page.getByRole("alert").filter({ hasText: "Syntax error" })).toHaveCount(0);
  await expectPreview(page, 2, [DOCS.titleBan.title, DOCS.nearInText.title]);
  await expect(page.getByRole("link", { name: DOCS.farApart.title })).toHaveCount(0);
  await screenshot(page, "query-syntax-proximity", { widths: REVIEW_WIDTHS });

  await page.getByLabel("Name", { exact: true }).fill("App ban (proximity)");
  await page.getByRole("button", { name: "Create theme" }).click();
  await expect(page).toHaveURL(/\/themes\/[0-9a-f-]{36}$/);
  // Saved and counted as the proximity it was read as (the backfill tags the existing articles).
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.getByTestId("stat-matching").textContent();
      },
      { timeout: 30_000 },
    )
    .toBe("2");
});

test("title:tiktok restricts the term to the title, with the title as evidence", async ({ page }) => {
  await login(page.request);
  await page.goto("/themes/new");
  await typeDefinition(page, "title:tiktok");
  await expectPreview(page, 1, [DOCS.titleBan.title]);
  await expect(page.getByRole("link", { name: DOCS.nearInText.title })).toHaveCount(0);
  const sample = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: DOCS.titleBan.title }) });
  const evidence = sample.locator("blockquote");
  await expect(evidence).toContainText(/^title/);
  await expect(evidence.locator("mark")).toHaveText(["tiktok"]);
  await screenshot(page, "query-syntax-title", { widths: REVIEW_WIDTHS });

  // text: is the other half: the two articles that say it in their text, not the title-only one.
  await typeDefinition(page, "text:tiktok");
  await expectPreview(page, 2, [DOCS.nearInText.title, DOCS.farApart.title]);
  await expect(page.getByRole("link", { name: DOCS.titleBan.title })).toHaveCount(0);
});

test("other tools' operators are refused with what to write instead", async ({ page }) => {
  await login(page.request);
  await page.goto("/themes/new");
  const definition = page.getByLabel("Definition", { exact: true });
  for (const [query, fix] of [
    ["tiktok AND_NOT ban", "write AND NOT"],
    ["+tiktok -ban", "+ is not needed"],
    ["tiktok -ban", "write NOT ban"],
    ["source:nytimes.com tiktok", "only title: and text: restrict a term to a field"],
    ["tiktok~2", "use a trailing wildcard"],
  ] as const) {
    await typeDefinition(page, query);
    const error = page.getByRole("alert").filter({ hasText: "Syntax error" });
    await expect(error, query).toContainText(fix);
    await expect(definition).toHaveAttribute("aria-invalid", "true");
    if (query === "tiktok AND_NOT ban")
      await screenshot(page, "query-syntax-refused", { widths: REVIEW_WIDTHS });
  }
  // Saving anyway is refused by the server with the same message, and nothing is created.
  await typeDefinition(page, "tiktok AND_NOT ban");
  await page.getByLabel("Name", { exact: true }).fill("Refused operators");
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/themes")),
    page.getByRole("button", { name: "Create theme" }).click(),
  ]);
  expect(response.status()).toBe(422);
  expect((await response.json()).error.message).toContain("write AND NOT");
  await expect(page.getByRole("alert").filter({ hasText: "Syntax error" })).toContainText("write AND NOT");
  await expect(page).toHaveURL(/\/themes\/new$/);
});
