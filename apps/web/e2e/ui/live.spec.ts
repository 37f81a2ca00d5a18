// Live pages: an article page follows its fetch and a re-ingest without a reload (server-sent
// events from /api/live), and the live stream refuses callers without a session.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { GATED_ARTICLE } from "../support/manage-fixtures";
import { fixtureUrl, login } from "../support/session";

const baseURL = () => process.env.E2E_BASE_URL ?? "";

test("the live stream needs a session and valid topics", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL: baseURL() });
  expect((await anonymous.get("/api/live?topic=queues")).status()).toBe(401);
  await anonymous.dispose();
  const api = await playwrightRequest.newContext({ baseURL: baseURL() });
  await login(api);
  const bad = await api.get("/api/live?topic=drop%20table");
  expect(bad.status()).toBe(400);
  await api.dispose();
});

test("an article page follows its fetch and a re-ingest without a reload", async ({ page }) => {
  await fetch(fixtureUrl("/gated/close"));
  const csrf = await login(page.request);
  const added = await page.request.post("/api/articles", {
    data: { urls: [fixtureUrl(GATED_ARTICLE.path)] },
    headers: { "x-csrf-token": csrf },
  });
  expect(added.status()).toBe(200);
  const articleId: string = (await added.json()).outcomes[0].articleId;

  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-connected", "true");
  // A marker on window survives client-side refreshes but not a reload.
  await page.evaluate(() => {
    (window as unknown as { liveMarker: number }).liveMarker = 1;
  });
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(GATED_ARTICLE.title);

  await fetch(fixtureUrl("/gated/open"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(GATED_ARTICLE.title);
  await expect(page.getByText("Extracted", { exact: true }).first()).toBeVisible();

  // Re-ingest: the page shows the new check when the worker has done it.
  const checked = page.getByTestId("last-checked");
  const before = await checked.getAttribute("datetime");
  await page.getByRole("button", { name: "Re-ingest now" }).click();
  await expect(checked).toHaveAttribute("datetime", /\d{4}-/);
  await expect(checked).not.toHaveAttribute("datetime", before ?? "none");
  expect(await page.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(1);
});
