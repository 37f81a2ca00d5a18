// The HTTP API against the running app and worker: authentication and CSRF with real cookies,
// adding URLs that the worker fetches from the fixture server, live statuses, stamped exports,
// and token revocation.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { eventually, fixtureUrl, login } from "../support/session";

const baseURL = () => process.env.E2E_BASE_URL ?? "";

test.describe.configure({ mode: "serial" });

let token = "";
let tokenId = "";

test("refuses requests without a credential (401)", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL: baseURL() });
  const response = await anonymous.get("/api/articles");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
  await anonymous.dispose();
});

test("a browser session needs the CSRF header for mutations, and can create an API token", async () => {
  const browser = await playwrightRequest.newContext({ baseURL: baseURL() });
  const csrf = await login(browser);
  const refused = await browser.post("/api/tokens", { data: { name: "e2e script" } });
  expect(refused.status()).toBe(403);
  const created = await browser.post("/api/tokens", {
    data: { name: "e2e script", scope: "write" },
    headers: { "x-csrf-token": csrf },
  });
  expect(created.status()).toBe(201);
  const body = await created.json();
  token = body.token.token;
  tokenId = body.token.id;
  expect(token).toMatch(/^tm_/);
  await browser.dispose();
});

test("adds URLs with a token; the worker extracts one and fails the 404 with its reason", async () => {
  const api = await playwrightRequest.newContext({
    baseURL: baseURL(),
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const response = await api.post("/api/articles", {
    data: { urls: [fixtureUrl("/api-news/privacy-audit"), fixtureUrl("/api-news/missing"), "not a url"] },
  });
  expect(response.status()).toBe(200);
  const { outcomes } = await response.json();
  expect(outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(["created", "created", "invalid"]);
  const ids = outcomes.slice(0, 2).map((o: { articleId: string }) => o.articleId);

  const settled = await eventually(
    async () => {
      const live = await (await api.get(`/api/articles/statuses?ids=${ids.join(",")}`)).json();
      const statuses = live.articles.map((a: { status: string }) => a.status);
      return statuses.every((s: string) => s === "extracted" || s === "failed") ? live.articles : undefined;
    },
    45_000,
    "both articles settled",
  );
  expect(settled[0].status).toBe("extracted");
  expect(settled[1].status).toBe("failed");
  expect(settled[1].failure.code).toBe("http_404");

  const again = await (
    await api.post("/api/articles", { data: { urls: [fixtureUrl("/api-news/privacy-audit")] } })
  ).json();
  expect(again.outcomes[0]).toMatchObject({ outcome: "duplicate", articleId: ids[0] });
  await api.dispose();
});

test("exports are stamped with the extractor version, in JSON and CSV", async () => {
  const api = await playwrightRequest.newContext({
    baseURL: baseURL(),
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const json = await api.get("/api/exports/articles?format=json&status=extracted");
  expect(json.status()).toBe(200);
  expect(json.headers()["x-tidemark-extractor-version"]).toBeTruthy();
  const body = await json.json();
  expect(body.meta.dataset).toBe("articles");
  expect(body.meta.extractorVersion).toBe(json.headers()["x-tidemark-extractor-version"]);
  expect(body.rows.map((r: { title: string }) => r.title)).toContain(
    "Audit finds gaps in data privacy controls",
  );

  const csv = await (await api.get("/api/exports/articles?format=csv&status=failed&stamp=1")).text();
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^# Tidemark export; dataset=articles; .*extractor=/);
  expect(lines[2]).toContain("http_404");
  await api.dispose();
});

test("a revoked token stops working", async () => {
  const browser = await playwrightRequest.newContext({ baseURL: baseURL() });
  const csrf = await login(browser);
  const revoked = await browser.delete(`/api/tokens/${tokenId}`, { headers: { "x-csrf-token": csrf } });
  expect(revoked.status()).toBe(200);
  const api = await playwrightRequest.newContext({
    baseURL: baseURL(),
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  expect((await api.get("/api/themes")).status()).toBe(401);
  await api.dispose();
  await browser.dispose();
});
