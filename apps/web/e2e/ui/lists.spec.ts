// Lists as analysts use them: a plain search shows each hit's passage with the words marked,
// the theme filter takes several themes (all or any), re-adding a URL that failed shows its
// status with a retry that works, and the themes list filters by kind and name.
import { expect, test } from "@playwright/test";
import { MANAGE_ARTICLES } from "../support/manage-fixtures";
import { screenshot } from "../support/screenshots";
import { eventually, fixtureUrl, login, waitForWorkerIdle } from "../support/session";

test.describe.configure({ mode: "serial" });

test("searches with keyword in context and filters by several themes", async ({ page }) => {
  const csrf = await login(page.request);
  const headers = { "x-csrf-token": csrf };
  const themeIds: string[] = [];
  for (const [name, definition, kind] of [
    ["Seaweed", "seaweed", "theme"],
    ["Harbour", "harbour", "theme"],
    ["Port board", '"port board"', "organisation"],
  ]) {
    const created = await page.request.post("/api/themes", { data: { name, definition, kind }, headers });
    expect(created.status()).toBe(201);
    themeIds.push((await created.json()).theme.id);
  }
  const added = await page.request.post("/api/articles", {
    data: { urls: [fixtureUrl("/manage/seaweed"), fixtureUrl("/manage/pilots")] },
    headers,
  });
  expect(added.status()).toBe(200);
  await waitForWorkerIdle(page.request);

  await page.goto(`/articles?q=${encodeURIComponent("levy")}`);
  const snippet = page.getByTestId("kwic-snippet");
  await expect(snippet).toHaveCount(1);
  await expect(snippet.locator("mark")).toHaveText(["levy"]);
  await expect(snippet).toContainText("a new harbour levy would cut their income");
  await screenshot(page, "lists-search-kwic");

  // Seaweed AND Harbour: one article; Seaweed OR Harbour: both.
  await page.goto("/articles");
  await page.getByText("Any theme").click();
  await page.getByRole("checkbox", { name: "Seaweed", exact: true }).check();
  await page.getByRole("checkbox", { name: "Harbour", exact: true }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/theme=.*theme=/);
  await expect(page.getByRole("link", { name: MANAGE_ARTICLES["/manage/seaweed"].title })).toBeVisible();
  await expect(page.getByRole("link", { name: MANAGE_ARTICLES["/manage/pilots"].title })).toHaveCount(0);
  await page.getByText("2 themes (all)").click();
  await page.getByRole("radio", { name: "any of them" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: MANAGE_ARTICLES["/manage/pilots"].title })).toBeVisible();
  await expect(page.getByRole("link", { name: MANAGE_ARTICLES["/manage/seaweed"].title })).toBeVisible();
});

test("re-adding a URL that failed shows its status and retries it", async ({ page }) => {
  const csrf = await login(page.request);
  const added = await page.request.post("/api/articles", {
    data: { urls: [fixtureUrl("/manage/flaky")] },
    headers: { "x-csrf-token": csrf },
  });
  const articleId: string = (await added.json()).outcomes[0].articleId;
  await eventually(async () => {
    const live = await (await page.request.get(`/api/articles/statuses?ids=${articleId}`)).json();
    return live.articles[0].status === "failed" ? true : undefined;
  });

  await fetch(fixtureUrl("/manage/flaky-fix"));
  await page.goto("/add");
  await page.getByLabel("Article URLs").fill(fixtureUrl("/manage/flaky"));
  await page.getByRole("button", { name: /^Add 1 article/ }).click();
  const line = page.getByTestId("already-there");
  await expect(line).toContainText("Already added");
  await expect(line).toContainText("Failed");
  await line.getByRole("button", { name: "Retry" }).click();
  await expect(line).toContainText("Extracted");
  await expect(page.getByRole("link", { name: MANAGE_ARTICLES["/manage/flaky"].title })).toBeVisible();
});

test("the themes list filters by kind and by name", async ({ page }) => {
  await login(page.request);
  await page.goto("/themes");
  await page.getByRole("link", { name: "Organisations" }).click();
  await expect(page).toHaveURL(/kind=organisation/);
  await expect(page.getByRole("link", { name: "Port board" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Seaweed" })).toHaveCount(0);
  await page.getByRole("link", { name: "All", exact: true }).click();
  await expect(page).not.toHaveURL(/kind=/);
  await page.getByLabel("Search themes by name").fill("seaw");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "Seaweed" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Harbour", exact: true })).toHaveCount(0);
  await screenshot(page, "lists-themes-kind");
});
