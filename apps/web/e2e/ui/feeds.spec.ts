// Feeds as a user manages them: a subscription named after the feed's title, "Run now" followed
// live on the schedule's page with what the run added and what failed, the feed's own article
// list, editing the schedule in place, and subscriptions exported and imported as OPML.
import { expect, test } from "@playwright/test";
import { MANAGE_FEED } from "../support/manage-fixtures";
import { screenshot } from "../support/screenshots";
import { fixtureUrl, login } from "../support/session";

test.describe.configure({ mode: "serial" });

test("subscribes to a feed, follows a run live, edits the schedule, and moves feeds as OPML", async ({
  page,
}) => {
  const csrf = await login(page.request);
  await page.goto("/schedules");
  await page.getByLabel("What it does").selectOption("feed");
  await page.getByLabel("Feed or site address").fill(fixtureUrl(MANAGE_FEED.path));
  await page.getByRole("button", { name: "Create schedule" }).click();
  const link = page.getByRole("link", { name: MANAGE_FEED.title, exact: true });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { name: MANAGE_FEED.title, level: 1 })).toBeVisible();
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-connected", "true");

  // A new subscription runs at once: the run appears without a reload, with its two new
  // articles; the broken link among them is then counted as failed.
  const run = page.getByTestId("schedule-run").last();
  await expect(run).toContainText("2 new", { timeout: 60_000 });
  await expect(run).toContainText("1 failed", { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Articles from this feed" })).toBeVisible();
  await expect(page.getByText("2 listed, newest first")).toBeVisible();
  await screenshot(page, "feeds-schedule");

  // The failed count links to the feed's failed articles.
  await run.getByRole("link", { name: "1 failed" }).click();
  await expect(page).toHaveURL(/\/articles\?schedule=[0-9a-f-]{36}&status=failed/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await page.goBack();

  // Edit: rename and poll every 2 hours.
  await page.getByRole("button", { name: "Edit settings" }).click();
  const form = page.getByRole("form", { name: "Edit schedule" });
  await form.getByLabel("Name", { exact: true }).fill("Harbour Wire (edited)");
  await form.getByLabel("Interval", { exact: true }).fill("2");
  await form.getByLabel("Interval unit").selectOption("hours");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Harbour Wire (edited)", level: 1 })).toBeVisible();
  await expect(page.getByText(/every 2 h/).first()).toBeVisible();

  // Export, then import a file holding that feed and a new one.
  const exported = await (await page.request.get("/api/schedules/opml")).text();
  expect(exported).toContain(`xmlUrl="${fixtureUrl(MANAGE_FEED.path)}"`);
  expect(exported).toContain('text="Harbour Wire (edited)"');
  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
<outline text="Harbour" xmlUrl="${fixtureUrl(MANAGE_FEED.path)}"/>
<outline text="Gazette world desk" xmlUrl="${fixtureUrl("/feed.xml")}?desk=world"/></body></opml>`;
  await page.goto("/schedules");
  await page.getByLabel("OPML file").setInputFiles({
    name: "feeds.opml",
    mimeType: "text/x-opml",
    buffer: Buffer.from(opml),
  });
  await page.getByRole("button", { name: "Import feeds" }).click();
  await expect(page.getByText("1 feed subscribed, 1 already subscribed.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Gazette world desk" }).first()).toBeVisible();

  // A file that is not OPML is refused with a plain message and adds nothing.
  const refused = await page.request.post("/api/schedules/opml", {
    data: { opml: "<html><body>hi</body></html>" },
    headers: { "x-csrf-token": csrf },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.message).toMatch(/OPML/);
});
