// Themes named by slug wherever the API takes an id (issue 13, point 7): the theme, its backfill,
// the `theme` parameter of series, spikes and exports answer the same for the slug as for the id,
// and an unknown or malformed slug is a 404 naming it — never a 400 that dumps the UUID pattern.
// The dashboard's theme pages answer at the slug too, by a redirect to the id's address.
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { eventually, login } from "../support/session";

test.describe.configure({ mode: "serial" });

const SLUG = "slug-check-lagoons";
let api: APIRequestContext;
let themeId = "";

test.beforeAll(async () => {
  api = await playwrightRequest.newContext({ baseURL: process.env.E2E_BASE_URL ?? "" });
  const csrf = await login(api);
  const created = await api.post("/api/themes", {
    data: { name: "Lagoons (slug check)", definition: "lagoon*", slug: SLUG },
    headers: { "x-csrf-token": csrf },
  });
  expect(created.status(), await created.text()).toBe(201);
  themeId = (await created.json()).theme.themeId;
  // Compared while nothing changes: once its backfill (over the articles there are) is done.
  await eventually(
    async () => {
      const { backfill } = await (await api.get(`/api/themes/${themeId}/backfill`)).json();
      return backfill === null || backfill.status === "done" ? true : undefined;
    },
    30_000,
    "the new theme's backfill done",
  );
});

test.afterAll(async () => {
  // Leaves the themes as the other specs expect them.
  const csrf = await login(api);
  const deleted = await api.delete(`/api/themes/${themeId}`, { headers: { "x-csrf-token": csrf } });
  expect(deleted.ok(), await deleted.text()).toBe(true);
  await api.dispose();
});

async function json(path: string): Promise<{ status: number; body: unknown }> {
  const response = await api.get(path);
  return { status: response.status(), body: await response.json() };
}

/** The body without what differs from call to call (generation time, query timing). */
function stable(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value) =>
    key === "generatedAt" || key === "tookMs" ? undefined : value,
  );
}

test("a theme's slug answers like its id: the theme, its backfill, series, spikes and exports", async () => {
  for (const [bySlug, byId] of [
    [`/api/themes/${SLUG}`, `/api/themes/${themeId}`],
    [`/api/themes/${SLUG}/backfill`, `/api/themes/${themeId}/backfill`],
    [`/api/series?theme=${SLUG}&unit=week`, `/api/series?theme=${themeId}&unit=week`],
    [`/api/spikes?theme=${SLUG}&unit=week`, `/api/spikes?theme=${themeId}&unit=week`],
    [`/api/exports/series?theme=${SLUG}&format=json`, `/api/exports/series?theme=${themeId}&format=json`],
  ]) {
    const slug = await json(bySlug ?? "");
    const id = await json(byId ?? "");
    expect(slug.status, `${bySlug}: ${JSON.stringify(slug.body)}`).toBe(200);
    expect(id.status, `${byId}: ${JSON.stringify(id.body)}`).toBe(200);
    expect(stable(slug.body), bySlug).toEqual(stable(id.body));
  }
  // The answer is about the right theme, not merely equal.
  const theme = await json(`/api/themes/${SLUG}`);
  expect(JSON.stringify(theme.body)).toContain(themeId);
  // A slug and an id side by side in one list.
  const both = await json(`/api/series?theme=${SLUG},${themeId}&unit=week`);
  expect(both.status).toBe(200);
});

test("an unknown or malformed slug is a 404 naming it, without a UUID pattern", async () => {
  for (const [path, ref] of [
    ["/api/themes/no-such-theme", "no-such-theme"],
    ["/api/themes/no-such-theme/backfill", "no-such-theme"],
    ["/api/series?theme=no-such-theme", "no-such-theme"],
    [`/api/series?theme=${SLUG},missing-too`, "missing-too"],
    ["/api/exports/series?theme=no-such-theme&format=json", "no-such-theme"],
    ["/api/themes/Not_A_Slug!", "Not_A_Slug!"],
  ] as const) {
    const { status, body } = await json(path);
    expect(status, `${path}: ${JSON.stringify(body)}`).toBe(404);
    const error = (body as { error: { code: string; message: string } }).error;
    expect(error.code, path).toBe("not_found");
    expect(error.message, path).toContain(`"${ref}"`);
    expect(error.message, path).toContain("id or slug");
    expect(error.message, path).not.toMatch(/uuid|\[0-9a-f|regex|\^/i);
  }
});

test("a theme's dashboard pages answer at its slug: the id's address, the query kept", async ({ page }) => {
  await login(page.request);
  await page.goto(`/themes/${SLUG}?unit=week&metric=count`);
  await expect(page).toHaveURL(new RegExp(`/themes/${themeId}\\?unit=week&metric=count$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lagoons (slug check)");
  await page.goto(`/themes/${SLUG}/edit`);
  await expect(page).toHaveURL(new RegExp(`/themes/${themeId}/edit$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lagoons (slug check)");
  for (const path of ["/themes/no-such-theme", "/themes/Not_A_Slug!", "/themes/no-such-theme/edit"]) {
    await page.goto(path);
    await expect(page.getByText("Not found", { exact: true }), path).toBeVisible();
    expect(page.url(), path).not.toContain(themeId);
  }
});
