// Alert rules in the dashboard: "Alert me" on a theme's page opens the form with the theme chosen;
// the form shows only the fields the kind needs and the schema's errors on their fields; a
// loopback webhook is refused with what to do about it; a rule is created, tested (the result per
// channel inline), edited and deleted; "Alert me" on an article search opens a rule on that query,
// whose syntax errors show under the query field; a viewer sees the rules but no editing controls.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { REVIEW_WIDTHS, screenshot } from "../support/screenshots";
import { fixtureUrl, login } from "../support/session";

test.describe.configure({ mode: "serial" });

test("creates, tests, edits and deletes an alert rule through the form", async ({ page }) => {
  test.setTimeout(240_000); // many round trips on a loaded machine
  const csrf = await login(page.request);
  const headers = { "x-csrf-token": csrf };
  const created = await page.request.post("/api/themes", {
    data: { name: "Lighthouse keepers", definition: "lighthouse" },
    headers,
  });
  expect(created.status()).toBe(201);
  const themeId: string = (await created.json()).theme.themeId;

  await page.goto(`/themes/${themeId}`);
  await page.getByRole("link", { name: "Alert me" }).click();
  await expect(page).toHaveURL(new RegExp(`/alerts/new\\?theme=${themeId}`));
  await expect(page.getByLabel("Theme")).toHaveValue(themeId);
  await expect(page.getByLabel("Name")).toHaveValue("Lighthouse keepers: new articles");
  // A new-article rule reads no threshold and no window.
  await expect(page.getByLabel("Share (0–1)")).toHaveCount(0);
  await expect(page.getByLabel("Window (hours)")).toHaveCount(0);

  // A share rule without a threshold or a channel: both errors, on their fields.
  await page.getByLabel("Tell me when").selectOption("share_above");
  await expect(page.getByLabel("Window (hours)")).toHaveValue("24");
  await page.getByRole("button", { name: "Create rule" }).click();
  await expect(page.locator("#rule-threshold-error")).toHaveText(/between 0 and 1/);
  await expect(page.locator("#rule-webhookUrl-error")).toHaveText(/webhook URL, an e-mail address, or both/);
  await expect(page.getByLabel("Share (0–1)")).toHaveAttribute("aria-invalid", "true");
  await screenshot(page, "alerts-form-errors", { widths: REVIEW_WIDTHS });

  // A receiver on loopback that TIDEMARK_FETCH_ALLOW_HOSTS does not name: refused by the server.
  await page.getByLabel("Share (0–1)").fill("0.05");
  await page.getByLabel("Webhook URL").fill("http://127.0.0.1:9/hook");
  await page.getByRole("button", { name: "Create rule" }).click();
  await expect(page.locator("#rule-webhookUrl-error")).toHaveText(
    /127\.0\.0\.1 is a loopback address.*public internet.*"127\.0\.0\.1:9" to TIDEMARK_FETCH_ALLOW_HOSTS/,
  );
  await expect(page.locator("#rule-threshold-error")).toHaveCount(0);

  // The fixture server is allow-listed for this run: the rule is saved.
  await page.getByLabel("Webhook URL").fill(fixtureUrl("/hooks/alert"));
  await page.getByLabel("Signing secret").fill("a-long-secret");
  await page.getByLabel("Name").fill("Lighthouse share");
  await page.getByRole("button", { name: "Create rule" }).click();
  await expect(page).toHaveURL(/\/alerts$/);
  const rule = page.getByRole("listitem").filter({ hasText: "Lighthouse share" });
  await expect(rule).toContainText("Share of Lighthouse keepers rises above 5% in 24 h");
  await expect(rule).toContainText("signed");

  await rule.getByRole("button", { name: "Send test" }).click();
  const result = rule.getByRole("list", { name: "Test result" });
  await expect(result).toContainText("Webhook: sent HTTP 200 received");
  await expect(page.getByRole("table")).toContainText("Lighthouse share");
  await screenshot(page, "alerts-list", { widths: REVIEW_WIDTHS });

  // Edit: the secret is never shown; a daily digest and an e-mail channel are added.
  await rule.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Share (0–1)")).toHaveValue("0.05");
  await expect(page.getByLabel("Signing secret")).toHaveValue("");
  await expect(page.getByText("A secret is set and is never shown")).toBeVisible();
  await page.getByLabel("Send", { exact: true }).selectOption("daily");
  await page.getByLabel("E-mail to").fill("not-an-address");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#rule-emailTo-error")).toHaveText(/e-mail address/);
  await page.getByLabel("E-mail to").fill("desk@example.com");
  await screenshot(page, "alerts-edit", { widths: REVIEW_WIDTHS });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/alerts$/);
  await expect(rule).toContainText("daily digest");
  await expect(rule).toContainText("e-mail desk@example.com");
  await expect(rule).toContainText("signed"); // the blank secret field kept it

  // Testing both channels: the webhook is delivered, the e-mail fails for want of SMTP_URL.
  await rule.getByRole("button", { name: "Send test" }).click();
  await expect(result).toContainText("Webhook: sent");
  await expect(result).toContainText(/E-mail: failed .*SMTP_URL/);

  await rule.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete rule" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Lighthouse share" })).toHaveCount(0);
});

test("Alert me on an article search creates a rule on the query", async ({ page }) => {
  test.setTimeout(180_000);
  const csrf = await login(page.request);
  const collection = await page.request.post("/api/collections", {
    data: { name: `Coastal wires ${Date.now()}` },
    headers: { "x-csrf-token": csrf },
  });
  expect(collection.status()).toBe(201);
  const collectionId: string = (await collection.json()).collection.id;

  // The search's text is carried over as typed, with its single collection as the filter.
  const search = "lighthouse -keeper";
  await page.goto(`/articles?q=${encodeURIComponent(search)}&collection=${collectionId}`);
  await page.getByRole("link", { name: "Alert me" }).click();
  await expect(page).toHaveURL(/\/alerts\/new\?query=/);
  await expect(page.getByLabel("Watch")).toHaveValue("query");
  await expect(page.getByLabel("Search query")).toHaveValue(search);
  await expect(page.getByLabel("Only from collection")).toHaveValue(collectionId);
  await expect(page.getByLabel("Theme")).toHaveCount(0);

  // Search syntax the query language does not read, then a syntax error: each under the field.
  await page.getByLabel("E-mail to").fill("desk@example.com");
  await page.getByRole("button", { name: "Create rule" }).click();
  await expect(page.locator("#rule-query-error")).toHaveText(/write NOT keeper/);
  await expect(page.getByLabel("Search query")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Search query").fill("lighthouse AND (keeper");
  await page.getByRole("button", { name: "Create rule" }).click();
  await expect(page.locator("#rule-query-error")).toHaveText(/column \d+/);
  await screenshot(page, "alerts-query-error", { widths: REVIEW_WIDTHS });

  await page.getByLabel("Search query").fill("lighthouse NEAR/3 keeper");
  await page.getByLabel("Name").fill("Lighthouse keepers search");
  await page.getByRole("button", { name: "Create rule" }).click();
  await expect(page).toHaveURL(/\/alerts$/);
  const rule = page.getByRole("listitem").filter({ hasText: "Lighthouse keepers search" });
  await expect(rule).toContainText(
    /A new article matches the search “lighthouse NEAR\/3 keeper” \(from Coastal wires \d+\)/,
  );

  // The saved search's feed, read with the session here (a feed reader adds a read token).
  const atomHref = await rule.getByRole("link", { name: "Atom" }).getAttribute("href");
  const atom = await page.request.get(atomHref ?? "");
  expect(atom.status()).toBe(200);
  expect(atom.headers()["content-type"]).toMatch(/application\/atom\+xml/);
  expect(await atom.text()).toContain("<title>Tidemark: Lighthouse keepers search</title>");

  // Edit into a spike rule on the same query: the query and filter stay.
  await rule.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByText(/\/api\/feeds\/alerts\/[0-9a-f-]+\/atom\?token=…/)).toBeVisible();
  await expect(page.getByLabel("Search query")).toHaveValue("lighthouse NEAR/3 keeper");
  await page.getByLabel("Tell me when").selectOption("spike");
  await page.getByLabel("Window (hours)").fill("6");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/alerts$/);
  await expect(rule).toContainText(
    /the search “lighthouse NEAR\/3 keeper” \(from Coastal wires \d+\) spikes/,
  );

  await rule.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete rule" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Lighthouse keepers search" })).toHaveCount(0);
});

test("a viewer sees the rules but cannot create, test or edit them", async ({ page, baseURL }) => {
  const csrf = await login(page.request);
  const headers = { "x-csrf-token": csrf };
  const theme = await page.request.post("/api/themes", {
    data: { name: "Foghorns", definition: "foghorn" },
    headers,
  });
  const themeId: string = (await theme.json()).theme.themeId;
  const rule = await page.request.post("/api/alerts", {
    data: { name: "Foghorn news", kind: "new_article", themeId, emailTo: "desk@example.com" },
    headers,
  });
  expect(rule.status()).toBe(201);
  const invited = await page.request.post("/api/users", {
    headers,
    data: { username: "alert-watcher", role: "viewer" },
  });
  const { user } = await invited.json();
  const viewer = await playwrightRequest.newContext({ baseURL });
  try {
    await viewer.post("/api/auth/login", { data: { username: "alert-watcher", password: user.password } });
    const list = await (await viewer.get("/alerts")).text();
    expect(list).toContain("Foghorn news");
    expect(list).not.toContain("Send test");
    expect(list).not.toContain('href="/alerts/new"');
    expect(await (await viewer.get(`/themes/${themeId}`)).text()).not.toContain("Alert me");
    expect(await (await viewer.get("/articles?q=foghorn")).text()).not.toContain("/alerts/new?query=");
    expect(await (await viewer.get("/alerts/new")).text()).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
  } finally {
    await viewer.dispose();
    await page.request.delete(`/api/users/${user.id}`, { headers });
  }
});
