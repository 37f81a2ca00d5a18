// Security against the real server (server.ts + the built app + the worker), as an attacker
// would try it: no page, metadata or route gives data to a request without a real session (no
// cookie, a made-up one, an expired one, a signed-out one); the login limit holds against rotated
// X-Forwarded-For while the user can still log in from another address; security headers and the
// CSP nonce are on every page; uploads over the framework's 10 MB default work up to 25 MB.
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { sql } from "../support/database";
import { postJsonFrom } from "../support/from-address";
import { eventually, login } from "../support/session";

const baseURL = () => process.env.E2E_BASE_URL ?? "";

test.describe.configure({ mode: "serial" });

const SECRET = {
  title: "Zanzibar quokka ledger",
  text: "The quokka ledger of Zanzibar records a very private matter in enough words to be an article.",
  theme: "Quokkaledger watch",
  query: "quokka AND ledger",
  schedule: "Quokka nightly sweep",
};
const LEAK = /zanzibar|quokka/i;

let admin: APIRequestContext;
let csrf = "";
const ids = { article: "", theme: "", schedule: "" };

test.beforeAll(async () => {
  admin = await playwrightRequest.newContext({ baseURL: baseURL() });
  csrf = await login(admin);
});

test.afterAll(async () => {
  // Leave nothing behind for the UI project's counts.
  const headers = { "x-csrf-token": csrf };
  if (ids.article) await admin.delete(`/api/articles/${ids.article}`, { headers });
  if (ids.theme) await admin.delete(`/api/themes/${ids.theme}`, { headers });
  if (ids.schedule) await admin.delete(`/api/schedules/${ids.schedule}`, { headers });
  await admin.dispose();
});

function pages(): string[] {
  return [
    "/",
    "/articles",
    `/articles/${ids.article}`,
    "/articles?q=ledger",
    "/themes",
    `/themes/${ids.theme}`,
    `/themes/${ids.theme}/edit`,
    "/themes/new",
    "/compare",
    `/compare?theme=${ids.theme}`,
    "/health",
    "/schedules",
    `/schedules/${ids.schedule}`,
    "/settings",
    "/add",
  ];
}

test("seeds an article, a theme and a schedule that only a signed-in user may see", async () => {
  const headers = { "x-csrf-token": csrf };
  const imported = await admin.post("/api/imports", {
    headers,
    multipart: {
      file: {
        name: "secret.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(`title,text\n"${SECRET.title}","${SECRET.text}"\n`),
      },
      mode: "documents",
      textFields: "text",
      titleField: "title",
    },
  });
  expect(imported.status()).toBe(200);
  ids.article = (await imported.json()).lines[0].outcome.articleId;
  const theme = await admin.post("/api/themes", {
    headers,
    data: { name: SECRET.theme, definition: SECRET.query },
  });
  expect(theme.status(), await theme.text()).toBe(201);
  ids.theme = (await theme.json()).theme.themeId;
  const schedule = await admin.post("/api/schedules", {
    headers,
    data: {
      name: SECRET.schedule,
      kind: "reingest",
      params: { scope: "failed" },
      intervalSeconds: 86_400,
      enabled: false,
    },
  });
  expect(schedule.status(), await schedule.text()).toBe(201);
  ids.schedule = (await schedule.json()).schedule.id;
  await eventually(
    async () => {
      const a = await (await admin.get(`/api/articles/${ids.article}`)).json();
      return a.article?.status === "extracted" ? true : undefined;
    },
    45_000,
    "the secret article extracted",
  );
  // The control: signed in, each page that should show a secret does.
  for (const path of [
    `/articles/${ids.article}`,
    "/themes",
    `/themes/${ids.theme}/edit`,
    `/schedules/${ids.schedule}`,
  ]) {
    expect(await (await admin.get(path)).text(), path).toMatch(LEAK);
  }
});

const credentials: [string, () => Promise<Record<string, string>>][] = [
  ["no cookie", async () => ({})],
  ["a made-up cookie", async () => ({ cookie: "tidemark_session=x" })],
  [
    "an expired session",
    async () => {
      const context = await playwrightRequest.newContext({ baseURL: baseURL() });
      await login(context);
      const cookie =
        (await context.storageState()).cookies.find((c) => c.name === "tidemark_session")?.value ?? "";
      await context.dispose();
      const { rowCount } = await sql(
        "UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE created_at = (SELECT max(created_at) FROM sessions)",
      );
      expect(rowCount).toBe(1);
      return { cookie: `tidemark_session=${cookie}` };
    },
  ],
  [
    "a signed-out session",
    async () => {
      const context = await playwrightRequest.newContext({ baseURL: baseURL() });
      const token = await login(context);
      const cookie =
        (await context.storageState()).cookies.find((c) => c.name === "tidemark_session")?.value ?? "";
      expect((await context.post("/api/auth/logout", { headers: { "x-csrf-token": token } })).status()).toBe(
        200,
      );
      await context.dispose();
      return { cookie: `tidemark_session=${cookie}` };
    },
  ],
];

for (const [name, headersFor] of credentials) {
  test(`${name}: every page redirects to the login with no data in the body`, async () => {
    const headers = await headersFor();
    const anonymous = await playwrightRequest.newContext({ baseURL: baseURL(), extraHTTPHeaders: headers });
    for (const path of pages()) {
      const response = await anonymous.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toMatch(/^\/login\?next=|\/login\?next=/);
      expect(await response.text(), path).not.toMatch(LEAK);
    }
    for (const path of [
      `/api/articles/${ids.article}`,
      "/api/themes",
      "/api/schedules",
      `/api/exports/articles?format=csv`,
    ]) {
      const response = await anonymous.get(path);
      expect(response.status(), path).toBe(401);
      expect(await response.text(), path).not.toMatch(LEAK);
    }
    await anonymous.dispose();
  });
}

test("the login limit holds against rotated X-Forwarded-For, and the user can still log in elsewhere", async () => {
  const headers = { "x-csrf-token": csrf };
  const invited = await admin.post("/api/users", {
    headers,
    data: { username: "limit-target", role: "viewer" },
  });
  expect(invited.status()).toBe(201);
  const { user } = await invited.json();
  const anonymous = await playwrightRequest.newContext({ baseURL: baseURL() });
  const statuses: number[] = [];
  for (let i = 1; i <= 7; i++) {
    const response = await anonymous.post("/api/auth/login", {
      data: { username: "limit-target", password: "wrong guess" },
      headers: { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` },
    });
    statuses.push(response.status());
  }
  expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
  expect(statuses.slice(-2)).toEqual([429, 429]);
  const blocked = await anonymous.post("/api/auth/login", {
    data: { username: "limit-target", password: user.password },
  });
  expect(blocked.status()).toBe(429);
  await anonymous.dispose();

  const elsewhere = await postJsonFrom("127.0.0.2", `${baseURL()}/api/auth/login`, {
    username: "limit-target",
    password: user.password,
  });
  expect(elsewhere.status, elsewhere.text).toBe(200);
  expect((await admin.delete(`/api/users/${user.id}`, { headers })).status()).toBe(200);
});

test("Origin: null on a login or a mutation is a 403, not a 500", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL: baseURL() });
  const response = await anonymous.post("/api/auth/login", {
    data: { username: "x", password: "y" },
    headers: { origin: "null" },
  });
  expect(response.status()).toBe(403);
  await anonymous.dispose();
  const mutation = await admin.post("/api/articles", {
    headers: { "x-csrf-token": csrf, origin: "null" },
    data: { urls: ["https://example.com/a"] },
  });
  expect(mutation.status()).toBe(403);
});

test("pages carry a CSP with a fresh nonce on every script, and the other security headers", async () => {
  const nonces = new Set<string>();
  for (const path of ["/login", "/", "/articles"]) {
    const response = await admin.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce ?? "");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["strict-transport-security"]).toBeUndefined();
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(3);
  const api = await admin.get("/api/themes");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["x-request-id"]).toBeTruthy();
  const https = await admin.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
});

test("an upload over the framework's 10 MB default is read; one over 25 MB gets a 413 naming the limit", async () => {
  const headers = { "x-csrf-token": csrf };
  const rows = (megabytes: number) => {
    const padding = "x".repeat(1024 * 1024);
    // "not a url" rows: read and reported invalid, so nothing is fetched or stored.
    return Buffer.from(
      `url,padding\n${Array.from({ length: megabytes }, () => `not a url,${padding}`).join("\n")}\n`,
    );
  };
  const big = await admin.post("/api/imports", {
    headers,
    multipart: { file: { name: "big.csv", mimeType: "text/csv", buffer: rows(12) } },
  });
  expect(big.status(), await big.text()).toBe(200);
  expect((await big.json()).file.records).toBe(12);
  const huge = await admin.post("/api/imports", {
    headers,
    multipart: { file: { name: "huge.csv", mimeType: "text/csv", buffer: rows(27) } },
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.message).toContain("25 MB");
});

test("a control character in a page address is a 400, not a 500", async () => {
  const response = await admin.get("/articles?q=a%00b", { maxRedirects: 0 });
  expect(response.status()).toBe(400);
});

test("a viewer sees no editing controls, cannot open editing pages and cannot mutate", async () => {
  const headers = { "x-csrf-token": csrf };
  const invited = await admin.post("/api/users", {
    headers,
    data: { username: "just-looking", role: "viewer" },
  });
  expect(invited.status()).toBe(201);
  const { user } = await invited.json();
  const viewer = await playwrightRequest.newContext({ baseURL: baseURL() });
  const signedIn = await viewer.post("/api/auth/login", {
    data: { username: "just-looking", password: user.password },
  });
  expect(signedIn.status()).toBe(200);
  const viewerCsrf =
    (await viewer.storageState()).cookies.find((c) => c.name === "tidemark_csrf")?.value ?? "";

  const overview = await (await viewer.get("/")).text();
  expect(overview).not.toContain('href="/add"');
  expect(await (await admin.get("/")).text()).toContain('href="/add"');
  // Behind the loading boundary the status is already sent (200); the page itself is the 404.
  for (const [path, marker] of [
    ["/add", "Paste URLs"],
    ["/themes/new", "Colour"],
  ] as const) {
    const body = await (await viewer.get(path)).text();
    expect(body, path).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(body, path).not.toContain(marker);
    expect(await (await admin.get(path)).text(), path).toContain(marker);
  }
  expect((await viewer.get("/articles")).status()).toBe(200);
  // The secret schedule still exists: editors see its actions, the viewer does not.
  expect(await (await admin.get("/schedules")).text()).toContain("Run now");
  const schedules = await (await viewer.get("/schedules")).text();
  expect(schedules).toContain(SECRET.schedule);
  expect(schedules).not.toContain("Run now");
  expect(schedules).not.toContain("Create schedule");
  const mutation = await viewer.post("/api/articles", {
    headers: { "x-csrf-token": viewerCsrf },
    data: { urls: ["https://example.com/viewer"] },
  });
  expect(mutation.status()).toBe(403);
  await viewer.dispose();
  expect((await admin.delete(`/api/users/${user.id}`, { headers })).status()).toBe(200);
});
